import { describe, expect, it } from "vitest";
import { mediaUrl, playable, seconds, sitePath } from "./playable.ts";

const PAGE = "https://podcast.example.com/episodes/s01e02-recording-at-home/";
const EPISODE = {
  guid: "https://podcast.example.com/episodes/s01e02-recording-at-home/",
  title: "Recording at Home",
  src: "/audio/s01e02.mp3",
  url: "/episodes/s01e02-recording-at-home/",
  show: "Demo Cast",
  art: "https://podcast.example.com/cover.png",
  chapters: [
    [0, "Intro"],
    [16, "The room"],
  ],
};
const json = (fields: object) => JSON.stringify({ ...EPISODE, ...fields });

describe("sitePath", () => {
  it.each(["/", "/episodes/", "/podcast/episodes/x/?t=12#t=1", "/a//b"])("accepts %j", (url) =>
    expect(sitePath(url, PAGE)).toBe(true),
  );

  it.each([
    "//evil.example/",
    "/\\evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "\\\\evil.example/",
    " //evil.example/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example/",
    "https://podcast.example.com/episodes/",
    "episodes/",
    "",
    undefined,
    42,
  ])("refuses %j, which is not one leading / on this site", (url) => expect(sitePath(url, PAGE)).toBe(false));
});

describe("mediaUrl", () => {
  it.each(["/audio/a.mp3", "https://cdn.example.com/a.mp3", "HTTPS://cdn.example.com/a.mp3"])("accepts %j", (url) =>
    expect(mediaUrl(url, PAGE)).toBe(true),
  );

  it.each([
    "http://cdn.example.com/a.mp3",
    "//cdn.example.com/a.mp3",
    "https:/cdn.example.com/a.mp3",
    "https:cdn.example.com/a.mp3",
    "javascript:alert(1)",
    "data:audio/mpeg;base64,AAAA",
    "blob:https://podcast.example.com/1",
    "file:///etc/passwd",
    null,
  ])("refuses %j", (url) => expect(mediaUrl(url, PAGE)).toBe(false));
});

describe("playable", () => {
  it("reads what the server writes", () => {
    expect(playable(JSON.stringify(EPISODE), PAGE)).toEqual(EPISODE);
  });

  it("refuses an episode whose link leaves the site or whose audio is not the site's or https", () => {
    expect(playable(json({ url: "javascript:alert(1)" }), PAGE)).toBeUndefined();
    expect(playable(json({ url: "//evil.example/" }), PAGE)).toBeUndefined();
    expect(playable(json({ url: "https://evil.example/" }), PAGE)).toBeUndefined();
    expect(playable(json({ src: "javascript:alert(1)" }), PAGE)).toBeUndefined();
    expect(playable(json({ src: "//evil.example/a.mp3" }), PAGE)).toBeUndefined();
  });

  it("refuses anything that is not such an episode", () => {
    for (const text of [
      null,
      undefined,
      "",
      "{",
      "null",
      "42",
      '"x"',
      "[]",
      json({ guid: 1 }),
      json({ title: null }),
    ]) {
      expect(playable(text, PAGE)).toBeUndefined();
    }
    const { show: _, ...noShow } = EPISODE;
    expect(playable(JSON.stringify(noShow), PAGE)).toBeUndefined();
  });

  it("drops art it would not load and chapters that are not times with titles", () => {
    const episode = playable(json({ art: "javascript:alert(1)", chapters: [[Infinity, "x"]] }), PAGE);
    expect(episode).toMatchObject({ title: "Recording at Home", art: undefined, chapters: undefined });
    expect(playable(json({ chapters: [["0", "x"]] }), PAGE)?.chapters).toBeUndefined();
    expect(playable(json({ chapters: "0 Intro" }), PAGE)?.chapters).toBeUndefined();
  });

  it("keeps the number label as text and a small art the page showed, and drops a thumb it would not load", () => {
    const episode = playable(json({ label: "S01 E02", thumb: "/_astro/cover.webp" }), PAGE);
    expect(episode).toMatchObject({ label: "S01 E02", thumb: "/_astro/cover.webp" });
    expect(playable(json({ label: 2, thumb: "//evil.example/x.webp" }), PAGE)).toMatchObject({
      label: undefined,
      thumb: undefined,
    });
  });

  it("keeps only the fields it knows", () => {
    expect(playable(json({ onclick: "alert(1)" }), PAGE)).toEqual(EPISODE);
  });
});

describe("seconds", () => {
  it.each([
    ["0", 0],
    ["29", 29],
    ["754.5", 754.5],
  ])("reads %j as %d", (text, value) => expect(seconds(text)).toBe(value));

  it.each([null, undefined, "", "abc", "-5", "1e999", "9".repeat(400), "NaN", "Infinity"])("refuses %j", (text) =>
    expect(seconds(text)).toBeUndefined(),
  );
});
