import { describe, expect, it } from "vitest";
import { formatClock, formatLength, isoDuration, parseDuration } from "./duration";
import { buildNow } from "./now";
import { defineShow } from "./show";
import { slugFromPath } from "./slug";
import { showInput } from "./test-helpers";
import { podcastGuid } from "./uuid";

describe("durations", () => {
  it.each([
    [3725, 3725],
    ["3725", 3725],
    ["1:02:05", 3725],
    ["62:05", 3725],
    ["0:30", 30],
    [12.6, 13],
    ["1:60", undefined],
    ["abc", undefined],
    [-1, undefined],
  ])("reads %s as %s seconds", (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it("formats for players, lists and machines", () => {
    expect(formatClock(3725)).toBe("1:02:05");
    expect(formatClock(305)).toBe("5:05");
    expect(formatLength(3725)).toBe("1 h 2 min");
    expect(formatLength(42)).toBe("42 s");
    expect(isoDuration(3725)).toBe("PT1H2M5S");
  });
});

describe("slugs", () => {
  it("comes from the file name, the bundle folder or the slug field", () => {
    expect(slugFromPath("s01e06-sentry.md")).toBe("s01e06-sentry");
    expect(slugFromPath("s01e06-sentry/index.md")).toBe("s01e06-sentry");
    expect(slugFromPath("Season 1/S01E07 Big Talk.mdx")).toBe("s01e07-big-talk");
    expect(slugFromPath("x.md", { extra: { slug: "custom" } })).toBe("custom");
  });
});

describe("podcast:guid", () => {
  it("is the UUIDv5 of the feed URL without scheme and trailing slash", () => {
    expect(podcastGuid("https://example.com/podcast.xml")).toBe("8d435561-be52-5398-9646-b8b0c9abb123");
    expect(podcastGuid("http://example.com/podcast.xml/")).toBe("8d435561-be52-5398-9646-b8b0c9abb123");
  });
});

describe("build time", () => {
  it("is the real date unless PODCAST_NOW says otherwise", () => {
    expect(buildNow({ PODCAST_NOW: "2030-01-01" }).toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(Math.abs(buildNow({}).getTime() - Date.now())).toBeLessThan(5000);
    expect(() => buildNow({ PODCAST_NOW: "soon" })).toThrow(/PODCAST_NOW/);
  });
});

describe("show config", () => {
  const good = showInput;

  it("accepts a complete config and fills defaults", () => {
    expect(defineShow(good)).toMatchObject({ medium: "podcast", locked: true, episodesPerPage: 20 });
  });

  it.each([
    [{ categories: [{ name: "Tech" }] }, /categories\.0\.name: "Tech" is not an Apple Podcasts category/],
    [{ categories: [{ name: "Arts", subcategory: "Rust" }] }, /categories\.0\.subcategory/],
    [{ site: "http://podcast.example.com" }, /site: must be the site's absolute https URL/],
    [{ owner: { name: "Host", email: "nope" } }, /owner\.email/],
    [{ guid: "abc" }, /guid: must be the pinned podcast:guid/],
    [{ cover: "/cover.gif" }, /cover: must be a PNG or JPEG/],
    [{ hosts: [{ name: "A", role: "Boss" }] }, /hosts\.0\.role: "Boss" is not a podcast:person role/],
  ])("names the bad setting %#", (change, message) => {
    expect(() => defineShow({ ...good, ...change })).toThrow(message);
  });
});
