import { describe, expect, it } from "vitest";
import { defineShow } from "./show.ts";
import { showInput } from "../testing/fixtures.ts";

describe("show config", () => {
  const good = showInput;

  it("accepts a complete config and fills defaults", () => {
    expect(defineShow(good)).toMatchObject({ medium: "podcast", locked: true, episodesPerPage: 20, allowEmbeds: [] });
  });

  it.each([
    [{ categories: [{ name: "Tech" }] }, /categories\.0\.name: "Tech" is not an Apple Podcasts category/],
    [{ categories: [{ name: "Arts", subcategory: "Rust" }] }, /categories\.0\.subcategory/],
    [{ site: "http://podcast.example.com" }, /site: must be the site's absolute https URL/],
    [{ owner: { name: "Host", email: "nope" } }, /owner\.email/],
    [{ guid: "abc" }, /guid: must be the pinned podcast:guid/],
    [{ cover: "/cover.gif" }, /cover: must be a PNG or JPEG/],
    [{ hosts: [{ name: "A", role: "Boss" }] }, /hosts\.0\.role: "Boss" is not a podcast:person role/],
    [{ allowEmbeds: ["https://www.youtube-nocookie.com/"] }, /allowEmbeds\.0: must be host names such as/],
  ])("names the bad setting %#", (change, message) => {
    expect(() => defineShow({ ...good, ...change })).toThrow(message);
  });
});
