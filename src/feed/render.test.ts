import { parseRssFeed } from "feedsmith";
import { parseFeed } from "podcast-partytime";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { absolutize, renderFeed } from "./render.ts";
import { makeEpisode, makeShow, SITE } from "../testing/fixtures.ts";
import { FULL_EPISODE, FULL_SHOW, FULL_TRAILER } from "../testing/namespace-fixtures.ts";
import { lintFeed } from "./lint.ts";

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

describe("the Podcasting 2.0 tags, read back by the Podcast Index's parser and feedsmith", () => {
  const xml = renderFeed(FULL_SHOW, [FULL_EPISODE, FULL_TRAILER], new Map(), {
    cover: { width: 3000, height: 3000, type: "image/png" },
    coverCopies: [1280, 640].map((w) => ({ url: `/_astro/cover.${w}.webp`, width: w, height: w, type: "image/webp" })),
  });
  const chain = (url: string) => `https://op3.dev/e/dts.podtrac.com/redirect.mp3/${url.replace("https://", "")}`;
  const HOST_KEY = "036557ea56b3b86f08be31bcd2557cae8021b0e3a9413f0c0e52625c6696972e57";

  it("pass the feed lint", () => expect(lintFeed(xml)).toEqual([]));

  it("podcast-partytime reads the channel's", () => {
    const feed = parseFeed(xml)!;
    expect(feed.itunesComplete).toBe(true);
    expect(feed.podcastBlockedPlatforms).toEqual({ youtube: true, spotify: true });
    expect(feed.license).toEqual({ identifier: "cc-by-4.0", url: "https://spdx.org/licenses/CC-BY-4.0.html" });
    expect(feed.podcastLocation).toEqual({ name: "Austin, TX", osm: "R113314", geo: "geo:30.2672,-97.7431" });
    expect(feed.trailers).toEqual([
      {
        title: "Season Two Is Coming",
        url: chain("https://cdn.example.com/trailer.m4a"),
        pubdate: new Date("2024-01-01T00:00:00Z"),
        type: "audio/x-m4a",
        length: 1000,
        season: 2,
      },
      // One hosted elsewhere, from the show config: no season, as it is the show's.
      {
        title: "Coming April 1st, 2021",
        url: chain("https://example.org/trailers/teaser"),
        pubdate: new Date("2021-04-01T13:00:00Z"),
        type: "audio/mpeg",
        length: 12345678,
      },
    ]);
    expect(feed.value).toEqual({
      type: "lightning",
      method: "keysend",
      suggested: 0.00000005,
      recipients: [
        { name: "Host", type: "node", address: HOST_KEY, split: 95, fee: false },
        { name: "Guest", type: "lnaddress", address: "guest@getalby.com", split: 5, fee: false },
      ],
    });
    expect(feed.podcastTxt).toEqual([{ value: "naS4f2bQ", purpose: "verify" }, { value: "plain token" }]);
    expect(feed.podroll).toEqual([
      { feedGuid: "917393e3-1b1e-5cef-ace4-edaa54e1f810", feedUrl: "https://feeds.podcastindex.org/pc20.xml" },
      { feedGuid: "396d9ae0-da7e-5557-b894-b606231fa3ea" },
    ]);
    expect(feed.podcastPublisher).toEqual({
      feedGuid: "000000a0-aaa5-bbbf-b765-6333d449661a",
      feedUrl: "https://publisher.example.com/feed.xml",
    });
  });

  it("podcast-partytime reads the item's, every media URL through the analytics chain", () => {
    const [item, trailer] = parseFeed(xml)!.items;
    expect(item.enclosure).toEqual({
      url: chain("https://cdn.example.com/full.mp3"),
      length: 4000,
      type: "audio/mpeg",
    });
    expect(trailer.enclosure.url).toBe(chain("https://cdn.example.com/trailer.m4a"));
    expect(item.podcastSoundbites).toEqual([
      { startTime: 33.833, duration: 60, title: "Why Rust" },
      // Without a title of its own, apps show another: the parser takes the show's.
      { startTime: 120, duration: 15, title: "Show" },
    ]);
    expect(item.alternativeEnclosures).toEqual([
      {
        type: "video/mp4",
        length: 9000,
        bitrate: 511276.52,
        height: 720,
        title: "Video",
        default: false,
        source: [
          { uri: chain("https://cdn.example.com/full.mp4"), contentType: "video/mp4" },
          // IPFS as written: no analytics service stands before a content id.
          { uri: "ipfs://QmX33FYehk6ckGQ6g1D9D3FqZPix5JpKstKQKbaS8quUFb", contentType: "video/mp4" },
          { uri: chain("https://mirror.example.com/full.mp4"), contentType: "video/mp4" },
        ],
      },
      {
        type: "audio/opus",
        length: 2000,
        default: false,
        source: [{ uri: chain("https://cdn.example.com/full.opus"), contentType: "audio/opus" }],
      },
    ]);
    expect(item.license).toEqual({ identifier: "my-podcast-license-v1", url: "https://example.org/license.pdf" });
    expect(item.podcastSocialInteraction).toEqual([
      {
        platform: "activitypub",
        id: "@dave",
        url: "https://podcastindex.social/@dave/1",
        priority: 1,
        profileUrl: "https://podcastindex.social/@dave",
      },
      { platform: "twitter", id: "", url: "https://twitter.com/show/status/1", priority: 2 },
    ]);
    expect(item.value?.recipients.map((r) => [r.name, r.split])).toEqual([
      ["Host", 50],
      ["Guest", 50],
    ]);
    // The episode's value replaces the show's; an episode without one has the show's.
    expect(trailer.value?.recipients.map((r) => [r.name, r.split])).toEqual([
      ["Host", 95],
      ["Guest", 5],
    ]);
    expect(item.podcastPeople?.[0]).toEqual({
      name: "Grace",
      role: "Guest",
      group: "Cast",
      img: "https://example.org/grace.jpg",
      href: "https://example.org/grace",
    });
  });

  it("feedsmith reads what partytime leaves out: both places, update frequency, images, blocks", () => {
    const feed = parseRssFeed(xml);
    expect(feed.podcast?.updateFrequency).toEqual({
      display: "Every other Monday",
      complete: false,
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    });
    // The cover at its own size, then the copies the build made of it, each with its facts.
    const square = { aspectRatio: "1/1", purpose: "artwork" };
    expect(feed.podcast?.images).toEqual([
      { href: `${SITE}/cover.png`, width: 3000, height: 3000, type: "image/png", ...square },
      { href: `${SITE}/_astro/cover.1280.webp`, width: 1280, height: 1280, type: "image/webp", ...square },
      { href: `${SITE}/_astro/cover.640.webp`, width: 640, height: 640, type: "image/webp", ...square },
    ]);
    expect(feed.podcast?.blocks).toEqual([
      { value: true, id: "youtube" },
      { value: true, id: "spotify" },
    ]);
    expect(feed.podcast?.locations).toEqual([
      { display: "Austin, TX", rel: "creator", geo: "geo:30.2672,-97.7431", osm: "R113314", country: "US" },
    ]);
    const item = feed.items![0].podcast!;
    expect(item.locations).toEqual([
      {
        display: "Birmingham Civil Rights Museum",
        rel: "subject",
        geo: "geo:33.5159981,-86.8146098",
        osm: "R6930627",
        country: "US",
      },
      { display: "Marlow", rel: "creator", country: "GB" },
    ]);
    expect(item.images).toEqual([
      { href: "https://cdn.example.com/art.png", purpose: "artwork" },
      {
        href: `${SITE}/cards/${FULL_EPISODE.slug}.png`,
        alt: `S01 E02: ${FULL_EPISODE.title}`,
        width: 1200,
        height: 630,
        type: "image/png",
        purpose: "social",
      },
    ]);
    expect(item.soundbites).toEqual([
      { startTime: 33.833, duration: 60, display: "Why Rust" },
      { startTime: 120, duration: 15 },
    ]);
    expect(item.alternateEnclosures?.map((a) => a.sources)).toEqual([
      [
        { uri: chain("https://cdn.example.com/full.mp4") },
        { uri: "ipfs://QmX33FYehk6ckGQ6g1D9D3FqZPix5JpKstKQKbaS8quUFb" },
        { uri: chain("https://mirror.example.com/full.mp4") },
      ],
      [{ uri: chain("https://cdn.example.com/full.opus") }],
    ]);
    // Transcripts elsewhere, linked as written: a language only where the editor gave one.
    expect(item.transcripts).toEqual([
      { url: "https://cdn.example.com/full.txt", type: "text/plain" },
      { url: "https://cdn.example.com/full-es.vtt", type: "text/vtt", language: "es", rel: "captions" },
    ]);
    // The episode's own hosts replace the show's; everyone it credits follows its guests.
    expect(item.persons).toEqual([
      {
        display: "Grace",
        role: "guest",
        group: "cast",
        href: "https://example.org/grace",
        img: "https://example.org/grace.jpg",
      },
      {
        display: "Stand-in Host",
        role: "host",
        group: "cast",
        href: "https://example.org/gh",
        img: "https://example.org/gh.jpg",
      },
      {
        display: "Becky Smith",
        role: "cover art designer",
        group: "visuals",
        href: "https://example.com/artist/beckysmith",
      },
    ]);
    expect(feed.items![1].podcast!.persons).toEqual([{ display: "Ada", role: "host", group: "cast" }]);
    expect(feed.items![0].enclosures?.[0].length).toBe(4000);
  });

  it("gives a guest the photo and link of their profile, else their page here", () => {
    const guest = makeEpisode({ guests: [{ name: "Lin" }, { name: "Max" }], audio: audio(9) });
    const withPages = {
      ...guest,
      guests: guest.guests.map((g) => ({ ...g, page: `/guests/${g.name.toLowerCase()}/` })),
    };
    const pages = [
      {
        slug: "lin",
        url: "/guests/lin/",
        name: "Lin",
        roles: [],
        links: [{ name: "Site", url: "https://lin.example/" }],
        image: "/guests/lin.jpg",
        episodes: [],
      },
      { slug: "max", url: "/guests/max/", name: "Max", roles: [], links: [], episodes: [] },
    ];
    const people = parseRssFeed(renderFeed(show, [withPages], new Map(), { guests: pages })).items![0].podcast!
      .persons!;
    expect(people.slice(0, 2)).toEqual([
      { display: "Lin", role: "guest", group: "cast", href: "https://lin.example/", img: `${SITE}/guests/lin.jpg` },
      { display: "Max", role: "guest", group: "cast", href: `${SITE}/guests/max/` },
    ]);
  });
});
