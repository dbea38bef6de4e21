import { parseRssFeed } from "feedsmith";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { absolutize, renderFeed } from "./render.ts";
import { makeEpisode, makeShow, SITE } from "../testing/fixtures.ts";

const show = makeShow({
  title: "Show & <Tell>",
  categories: [{ name: "Technology" }, { name: "Society & Culture", subcategory: "Documentary" }],
});

const audio = (n: number) => ({ url: `https://cdn.example.com/${n}.mp3`, length: 1000 + n, duration: "1:00" });
const hostile = `Tom & Jerry <script>alert("x")</script> ]]> 'quoted' 🎙️ مرحبا \u0007bell 05124`;

const parser = new Parser({ customFields: { item: ["itunes:season", "itunes:episode", "guid", "content:encoded"] } });

describe("feed", () => {
  it("keeps hostile text intact and the XML well-formed", async () => {
    // The schema rejects control characters in what editors write; the writer drops them all the
    // same from any text that reaches it, so the episode is given them past the schema.
    const episode = {
      ...makeEpisode({ guid: "05124", audio: audio(1) }),
      title: hostile,
      guests: [{ name: hostile, role: hostile }],
      summary: hostile,
      ownSummary: true,
    };
    const notes = `<p>${hostile.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`;
    const xml = renderFeed(show, [episode], new Map([[episode.id, notes]]));
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0007");
    const feed = await parser.parseString(xml);
    const expected = hostile.replace("\u0007", "");
    expect(feed.title).toBe("Show & <Tell>");
    expect(feed.items[0].title).toBe(expected);
    expect(feed.items[0].guid).toBe("05124");
    expect(parseRssFeed(xml).items?.[0].guid?.value).toBe("05124");
    expect(feed.items[0]["content:encoded"]).toBe(notes.replace("\u0007", ""));
  });

  it("lists only episodes with audio, newest first as given, with their numbers", async () => {
    const one = makeEpisode({ season: 2, episode: 7, audio: audio(2) });
    const silent = makeEpisode({});
    const trailer = makeEpisode({ season: 2, episode: 0, audio: audio(3) });
    const xml = renderFeed(show, [one, silent, trailer]);
    const feed = await parser.parseString(xml);
    expect(feed.items.map((i) => i.title)).toEqual([one.title, trailer.title]);
    expect(feed.items[0]["itunes:season"]).toBe("2");
    expect(feed.items[0]["itunes:episode"]).toBe("7");
    expect(xml).toContain('<guid isPermaLink="false">');
    // A trailer numbered 0 carries no episode number.
    const trailerXml = xml.slice(xml.lastIndexOf("<item>"));
    expect(trailerXml).toContain("<itunes:episodeType>trailer</itunes:episodeType>");
    expect(trailerXml).not.toContain("itunes:episode>");
  });

  it("nests subcategories and escapes & in category names", () => {
    const xml = renderFeed(show, []);
    expect(xml).toMatch(/<itunes:category text="Society &amp; Culture">\s*<itunes:category text="Documentary"\/>/);
    expect(xml).not.toMatch(/<(\w+:?\w*)[^>]*><\/\1>/);
  });
});

describe("absolute links in show notes", () => {
  it("resolves site paths and relative paths against the episode URL", () => {
    const base = `${SITE}/episodes/one/`;
    expect(absolutize('<a href="/seasons/1/">s</a><img src="./pic.png">', base)).toBe(
      `<a href="${SITE}/seasons/1/">s</a><img src="${SITE}/episodes/one/pic.png">`,
    );
    expect(absolutize('<a href="https://x.example/">x</a><a href="#top">t</a><a href="mailto:a@b">m</a>', base)).toBe(
      '<a href="https://x.example/">x</a><a href="#top">t</a><a href="mailto:a@b">m</a>',
    );
  });
});
