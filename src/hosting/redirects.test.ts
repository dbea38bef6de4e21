import { describe, expect, it } from "vitest";
import { readRedirects, redirectFor, siteRedirects, writeRedirects } from "./redirects.ts";

const feed = "/rss.xml";
const episode = (slug: string) => ({ url: `/episodes/${slug}/` });
const aliases = [
  { path: "/2024/02/sentry/", episode: episode("s01e06-sentry") },
  { path: "/p/s01e01", episode: episode("s01e01-hello") },
];

describe("the _redirects file", () => {
  it("sends every alias to its episode and every old feed address to the feed, with a 301", () => {
    const text = writeRedirects(siteRedirects({ base: "", aliases, oldFeedPaths: ["/feed/", "/podcast.xml"], feed }));
    expect(text.split("\n").filter((line) => line && !line.startsWith("#"))).toEqual([
      "/2024/02/sentry/ /episodes/s01e06-sentry/ 301",
      "/p/s01e01 /episodes/s01e01-hello/ 301",
      "/feed/ /rss.xml 301",
      "/podcast.xml /rss.xml 301",
    ]);
    const redirects = readRedirects(text);
    expect(redirectFor(redirects, "/p/s01e01")).toMatchObject({ to: "/episodes/s01e01-hello/", status: 301 });
    expect(redirectFor(redirects, "/podcast.xml")?.to).toBe("/rss.xml");
    expect(redirectFor(redirects, "/p/s01e02")).toBeUndefined();
  });

  it("forces the redirect for Netlify, which would otherwise serve the alias page lying there", () => {
    const text = writeRedirects(siteRedirects({ base: "", aliases, oldFeedPaths: [], feed }), { force: true });
    expect(text).toContain("/p/s01e01 /episodes/s01e01-hello/ 301!\n");
    expect(redirectFor(readRedirects(text), "/p/s01e01")?.status).toBe(301);
  });

  it("serves a sub-path site's old URLs under the sub-path, written from the site's root", () => {
    const redirects = siteRedirects({
      base: "/show",
      aliases: [{ path: "/p/1/", episode: { url: "/show/episodes/one/" } }],
      oldFeedPaths: ["/feed/"],
      feed: "/show/rss.xml",
    });
    expect(redirects).toEqual([
      { from: "/show/p/1/", to: "/show/episodes/one/" },
      { from: "/show/feed/", to: "/show/rss.xml" },
    ]);
  });

  it("writes an old URL as a browser asks for it, and never as a pattern that would take other paths", () => {
    const tricky = [
      { path: "/épisode/1/", episode: episode("one") },
      { path: "/notes/*", episode: episode("two") },
      { path: "/a:b/", episode: episode("three") },
    ];
    const redirects = readRedirects(
      writeRedirects(siteRedirects({ base: "", aliases: tricky, oldFeedPaths: [], feed })),
    );
    expect(redirectFor(redirects, "/%C3%A9pisode/1/")?.to).toBe("/episodes/one/");
    expect(redirectFor(redirects, "/notes/anything")).toBeUndefined();
    expect(redirectFor(redirects, "/notes/%2A")?.to).toBe("/episodes/two/");
    expect(redirectFor(redirects, "/a:zzz/")).toBeUndefined();
  });
});
