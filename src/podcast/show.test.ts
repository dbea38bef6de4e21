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
    [{ accent: "purple" }, /accent: must be a colour like #6d28d9/],
    [{ logo: "logo.svg" }, /logo: must be an image path in public\//],
    [{ font: { family: "Inter", package: "inter" } }, /font\.package: must be a Fontsource package/],
  ])("names the bad setting %#", (change, message) => {
    expect(() => defineShow({ ...good, ...change })).toThrow(message);
  });

  it("stops on an accent that cannot be read, naming the setting and the contrast found", () => {
    expect(() => defineShow({ ...good, accent: "#f97316" })).toThrow(
      "src/show.config.ts — accent — expected a contrast of at least 4.5:1 for links and text in the light scheme (the accent, #f97316 on #faf9f7), found 2.6:1",
    );
  });

  it("defaults to a violet accent and the system's fonts", () => {
    expect(defineShow(good)).toMatchObject({ accent: "#6d28d9" });
    expect(defineShow(good).font).toBeUndefined();
  });
});
