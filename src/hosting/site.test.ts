import { describe, expect, it } from "vitest";
import { CACHE, CONTENT_TYPE, headersFor, readHeaders, writeHeaders } from "./headers.ts";
import { headerRules, oldFeedPathProblems } from "./site.ts";

const policy = "frame-ancestors 'none'";

/** A path of every kind the build writes, with what a podcast app or browser must get there. */
const PATHS = {
  home: "/",
  list: "/episodes/",
  listPage: "/episodes/2/",
  episode: "/episodes/s01e06-sentry/",
  transcriptPage: "/episodes/s01e02-recording/transcript/",
  season: "/seasons/1/",
  seasons: "/seasons/",
  guest: "/guests/ada/",
  tag: "/tags/rust/2/",
  search: "/search/",
  about: "/about/",
  missing: "/404.html",
  feed: "/rss.xml",
  chapters: "/episodes/s01e02-recording/chapters.json",
  transcriptJson: "/episodes/s01e02-recording/transcript/transcript.json",
  transcriptVtt: "/episodes/s01e02-recording/transcript/transcript.vtt",
  transcriptSrt: "/episodes/s01e02-recording/transcript/transcript.srt",
  editorsVtt: "/episodes/s01e02-recording/captions.vtt",
  card: "/cards/s01e06-sentry.png",
  script: "/_astro/page.B1x2y3.js",
  image: "/_astro/cover.RD68savW_1WwnRU.webp",
  audio: "/audio/s01e00-trailer.mp3",
  bundleAudio: "/episodes/s01e02-recording/episode.mp3",
  pagefind: "/pagefind/pagefind.js",
  cover: "/cover.png",
};

/** The rules as a host reads them back from the written file. */
const written = (base = "") => readHeaders(writeHeaders(headerRules({ base, policy })));

describe("the site's _headers", () => {
  it("sends the security headers on every response", () => {
    const rules = written();
    for (const path of Object.values(PATHS)) {
      expect(headersFor(rules, path)).toMatchObject({
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": expect.stringContaining("camera=()"),
      });
    }
  });

  it("keeps hashed assets a year, and has pages asked again on every visit", () => {
    const rules = written();
    expect(headersFor(rules, PATHS.script)["Cache-Control"]).toBe(CACHE.hashed);
    expect(headersFor(rules, PATHS.image)["Cache-Control"]).toContain("immutable");
    for (const page of ["home", "list", "listPage", "episode", "transcriptPage", "season", "seasons", "guest", "tag"]) {
      expect(headersFor(rules, PATHS[page as keyof typeof PATHS])["Cache-Control"], page).toBe(CACHE.page);
    }
  });

  it.each([
    ["feed", CONTENT_TYPE.feed],
    ["chapters", CONTENT_TYPE.json],
    ["transcriptJson", CONTENT_TYPE.json],
    ["transcriptVtt", "text/vtt; charset=utf-8"],
    ["editorsVtt", "text/vtt; charset=utf-8"],
    ["transcriptSrt", "application/x-subrip; charset=utf-8"],
  ] as const)("serves the %s to apps on other origins, with its type, for five minutes", (kind, type) => {
    expect(headersFor(written(), PATHS[kind])).toMatchObject({
      "Content-Type": type,
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": CACHE.polled,
    });
  });

  it("shares social cards with other origins, and nothing else that apps do not fetch", () => {
    const rules = written();
    expect(headersFor(rules, PATHS.card)["Access-Control-Allow-Origin"]).toBe("*");
    for (const path of [PATHS.home, PATHS.episode, PATHS.script, PATHS.pagefind, PATHS.cover]) {
      expect(headersFor(rules, path)["Access-Control-Allow-Origin"], path).toBeUndefined();
    }
  });

  it("sets no header twice on any path, which Cloudflare would join and Netlify override", () => {
    const rules = written();
    for (const path of Object.values(PATHS)) {
      const names = rules
        .filter((rule) => Object.keys(headersFor([rule], path)).length)
        .flatMap((rule) => Object.keys(rule.headers).map((name) => name.toLowerCase()));
      expect(names.length, `${path}: ${names.join(", ")}`).toBe(new Set(names).size);
    }
  });

  it("leaves audio, art and the search index to the host's own caching", () => {
    const rules = written();
    for (const path of [PATHS.audio, PATHS.bundleAudio, PATHS.cover, PATHS.pagefind]) {
      expect(headersFor(rules, path)["Cache-Control"], path).toBeUndefined();
    }
  });

  it("puts every rule under a sub-path, and nothing outside it", () => {
    const rules = written("/show");
    expect(rules.every((rule) => rule.path.startsWith("/show/"))).toBe(true);
    expect(headersFor(rules, "/show/rss.xml")["Content-Type"]).toBe(CONTENT_TYPE.feed);
    expect(headersFor(rules, "/show/_astro/a.js")["Cache-Control"]).toBe(CACHE.hashed);
    expect(headersFor(rules, "/show/")["Cache-Control"]).toBe(CACHE.page);
    expect(headersFor(rules, "/rss.xml")).toEqual({});
  });
});

describe("the feed's old addresses", () => {
  it("names one that a page of the site answers at", () => {
    expect(oldFeedPathProblems(["/feed/", "/rss.xml", "/episodes/"])).toEqual([
      {
        file: "src/show.config.ts",
        field: "oldFeedPaths.1",
        message:
          'expected an old address of the feed that the site no longer serves, found "/rss.xml", the podcast feed',
      },
      {
        file: "src/show.config.ts",
        field: "oldFeedPaths.2",
        message:
          'expected an old address of the feed that the site no longer serves, found "/episodes/", a page of the episode list',
      },
    ]);
  });
});
