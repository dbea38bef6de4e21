import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  licenseUrl,
  mapUrl,
  ownerOf,
  PAGES,
  routes,
  throughPrefixes,
  withoutBase,
  withoutPrefixes,
  ownerOfSlug,
} from "./routes.ts";

const pagesDir = fileURLToPath(new URL("./pages/", import.meta.url));

describe("routes", () => {
  it("knows every page of src/pages, so that no page escapes the alias check", () => {
    const files = readdirSync(pagesDir, { recursive: true, encoding: "utf8" })
      .map((file) => file.split("\\").join("/"))
      .filter((file) => /\.(astro|ts|md|mdx|html)$/.test(file) && !/(^|\/)_/.test(file));
    expect(files.sort()).toEqual(PAGES.map((page) => page.file).sort());
  });

  it("makes every URL as a folder path of the site", () => {
    expect(routes.home()).toBe("/");
    expect(routes.episodes()).toBe("/episodes/");
    expect(routes.episodes(2)).toBe("/episodes/2/");
    expect(routes.episode("s01e06-sentry")).toBe("/episodes/s01e06-sentry/");
    expect(routes.chapters("s01e06-sentry")).toBe("/episodes/s01e06-sentry/chapters.json");
    expect(routes.season(2)).toBe("/seasons/2/");
    expect(routes.feed()).toBe("/rss.xml");
  });

  it.each([
    ["/", "the home page"],
    ["/episodes/", "a page of the episode list"],
    ["/episodes/3/", "a page of the episode list"],
    ["/seasons/1/", "the season pages"],
    ["/rss.xml", "the podcast feed"],
    ["/sitemap-index.xml", "the sitemap"],
    ["/404.html", "the page for missing pages"],
    ["/_astro/x.js", "the site's scripts and styles"],
    [withoutBase(routes.card("s01e06-sentry")), "the episodes' social cards"],
    ["/_redirects", "the host's headers and redirects files"],
    // The demo's show config names it in oldFeedPaths: it redirects to the feed.
    ["/podcast.xml", "an old address of the feed (oldFeedPaths in src/show.config.ts)"],
  ])("says that %s is %s", (path, what) => {
    expect(ownerOf(path)).toBe(what);
  });

  it("leaves old URLs free for aliases, episode URLs included", () => {
    expect(ownerOf("/2024/02/sentry/")).toBeUndefined();
    expect(ownerOf("/episodes/an-old-slug/")).toBeUndefined();
  });

  it("reads a path without a base as it is", () => {
    expect(withoutBase("/episodes/")).toBe("/episodes/");
  });

  it("says which episode slugs a route of the site owns", () => {
    expect(ownerOfSlug("2")).toBe("a page of the episode list");
    expect(ownerOfSlug("s01e06-sentry")).toBeUndefined();
  });
});

describe("analytics prefixes", () => {
  it("chain in order, the first outermost, each inner URL without its https:// as OP3 and Podtrac document it", () => {
    expect(
      throughPrefixes("https://cdn.example.com/a.mp3", ["https://op3.dev/e/", "https://dts.podtrac.com/redirect.mp3/"]),
    ).toBe("https://op3.dev/e/dts.podtrac.com/redirect.mp3/cdn.example.com/a.mp3");
    expect(throughPrefixes("https://cdn.example.com/a.mp3", ["https://op3.dev/e/"])).toBe(
      "https://op3.dev/e/cdn.example.com/a.mp3",
    );
  });

  it("leave a URL as it is without prefixes, query included", () => {
    expect(throughPrefixes("https://cdn.example.com/a.mp3?x=1", [])).toBe("https://cdn.example.com/a.mp3?x=1");
  });

  it("undo the chain to find the file the site serves, and leave a URL outside it as it is", () => {
    const prefixes = ["https://op3.dev/e/", "https://dts.podtrac.com/redirect.mp3/"];
    const url = "https://podcast.example.com/audio/a.mp3";
    expect(withoutPrefixes(throughPrefixes(url, prefixes), prefixes)).toBe(url);
    expect(withoutPrefixes(url, prefixes)).toBe(url);
  });
});

describe("links beyond the site", () => {
  it("name a place's OpenStreetMap page by the kind of its id, without the id's fragment", () => {
    expect(mapUrl("R113314")).toBe("https://www.openstreetmap.org/relation/113314");
    expect(mapUrl("N42#1")).toBe("https://www.openstreetmap.org/node/42");
    expect(mapUrl(undefined)).toBeUndefined();
  });

  it("name a licence's text: its own URL, else its SPDX page", () => {
    expect(licenseUrl({ name: "CC-BY-4.0" })).toBe("https://spdx.org/licenses/CC-BY-4.0.html");
    expect(licenseUrl({ name: "Ours", url: "https://example.com/licence" })).toBe("https://example.com/licence");
  });
});
