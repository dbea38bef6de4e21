import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parseRssFeed } from "feedsmith";
import { parseFeed } from "podcast-partytime";
import Parser from "rss-parser";
import sharp from "sharp";
import { readWithPodcastparser } from "./podcastparser.ts";
import { type Run, Scratch } from "./scratch.ts";

const FIXTURES = "integration/fixtures/feed-episodes";

// Builds the real site over a fixture set (every field, hostile text, trailer, bonus, local and
// remote audio, chapters, transcripts) and reads the feed with three podcast feed parsers.

const SITE = "https://podcast.example.com";
const HOSTILE_TITLE = `Tom & Jerry <script>alert("x")</script> ]]> 'quoted' 🎙️ مرحبا بالعالم 05124`;
const HOSTILE_GUEST = `Zoë "The <Hacker>" O'Brien & Co ]]>`;
const HOSTILE_ROLE = `Chief <Exploit> Officer & "Friend"`;
const HOSTS = [{ name: "Ada Host", role: "host" }];

/** What the fixtures' front matter says each feed item must be, newest first. */
const expected = [
  {
    title: "Season Two Opens",
    guid: `${SITE}/episodes/s02e01-season-two/`,
    url: "https://cdn.example.com/audio/s02e01.mp3",
    length: 123456,
    type: "audio/mpeg",
    duration: 3723,
    season: 2,
    episode: 2 - 1,
    episodeType: "full",
    persons: [{ name: "Second Season Guest", role: "guest" }, ...HOSTS],
  },
  {
    title: "Every Field",
    guid: "7d7bd3f5-3c34-4b8e-9d0e-1f1c2b3a4d5e",
    url: `${SITE}/episodes/s01e01-everything/audio.mp3`,
    length: 26154,
    type: "audio/mpeg",
    duration: 6,
    season: 1,
    episode: 1,
    episodeType: "full",
    persons: [{ name: "Grace Hopper", role: "guest" }, { name: "Alan Turing", role: "guest" }, ...HOSTS],
  },
  {
    title: "A Bonus Episode",
    guid: `${SITE}/episodes/s01e03-bonus/`,
    url: "https://cdn.example.com/audio/bonus.mp3",
    length: 5000,
    type: "audio/mpeg",
    duration: 750,
    season: 1,
    episode: 3,
    episodeType: "bonus",
    persons: [{ name: "Bonus Guest", role: "guest" }, ...HOSTS],
  },
  {
    title: HOSTILE_TITLE,
    guid: "0x10 & <05124>",
    url: "https://cdn.example.com/audio/hostile%20episode.mp3",
    length: 1048576,
    type: "audio/mpeg",
    duration: 3723,
    season: 1,
    episode: 2,
    episodeType: "full",
    persons: [{ name: HOSTILE_GUEST, role: "guest" }, ...HOSTS],
  },
  {
    title: "The Trailer",
    guid: `${SITE}/episodes/s01e00-trailer/`,
    url: "https://cdn.example.com/audio/trailer.m4a",
    length: 20480,
    type: "audio/x-m4a",
    duration: 95,
    season: 1,
    episode: undefined,
    episodeType: "trailer",
    persons: HOSTS,
  },
];

test.describe("the feed built over the fixture set", () => {
  test.describe.configure({ mode: "serial" });
  let site: Scratch;
  let xml: string;
  let build: Run;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    site = new Scratch().useEpisodes(FIXTURES);
    build = await site.run(["build"]);
    expect(build.code, build.output).toBe(0);
    xml = site.read("dist/rss.xml");
  });

  test.afterAll(() => site.dispose());

  test("podcast-partytime reads every item as the front matter says", () => {
    const feed = parseFeed(xml)!;
    expect(
      feed.items.map((i) => ({
        title: i.title,
        guid: i.guid,
        url: i.enclosure.url,
        length: i.enclosure.length,
        type: i.enclosure.type,
        duration: i.duration,
        season: i.itunesSeason,
        episode: i.itunesEpisode,
        episodeType: i.itunesEpisodeType,
        persons: (i.podcastPeople ?? []).map((p) => ({ name: p.name, role: p.role.toLowerCase() })),
      })),
    ).toEqual(expected);
  });

  test("feedsmith reads every item as the front matter says", () => {
    const feed = parseRssFeed(xml);
    expect(
      (feed.items ?? []).map((i) => ({
        title: i.title,
        guid: i.guid?.value,
        url: i.enclosures?.[0]?.url,
        length: i.enclosures?.[0]?.length,
        type: i.enclosures?.[0]?.type,
        duration: i.itunes?.duration,
        season: i.itunes?.season,
        episode: i.itunes?.episode,
        episodeType: i.itunes?.episodeType,
        persons: (i.podcast?.persons ?? []).map((p) => ({ name: p.display, role: p.role })),
      })),
    ).toEqual(expected);
    expect(feed.items?.every((i) => i.guid?.isPermaLink === false)).toBe(true);
    expect(feed.items?.every((i) => i.enclosures?.length === 1)).toBe(true);
  });

  test("rss-parser reads every item as the front matter says", async () => {
    const parser = new Parser<object, Record<string, unknown>>({
      customFields: {
        item: [
          "itunes:season",
          "itunes:episode",
          "itunes:episodeType",
          "itunes:duration",
          ["podcast:person", "persons", { keepArray: true }],
        ],
      },
    });
    const feed = await parser.parseString(xml);
    const persons = (value: unknown) =>
      ((value as { _: string; $: { role: string } }[] | undefined) ?? []).map((p) => ({ name: p._, role: p.$.role }));
    expect(
      feed.items.map((i) => ({
        title: i.title,
        guid: i.guid,
        url: i.enclosure?.url,
        length: Number(i.enclosure?.length),
        type: i.enclosure?.type,
        duration: Number(i["itunes:duration"]),
        season: Number(i["itunes:season"]),
        episode: i["itunes:episode"] === undefined ? undefined : Number(i["itunes:episode"]),
        episodeType: i["itunes:episodeType"],
        persons: persons(i.persons),
      })),
    ).toEqual(expected);
  });

  test("gPodder's podcastparser reads the channel and every item as the config and front matter say", () => {
    const feed = readWithPodcastparser(xml, `${SITE}/rss.xml`);
    expect({
      title: feed.title,
      link: feed.link,
      language: feed.language,
      cover_url: feed.cover_url,
      type: feed.type,
      explicit: feed.explicit,
      itunes_author: feed.itunes_author,
      itunes_owner: feed.itunes_owner,
      itunes_categories: feed.itunes_categories,
      payment_url: feed.payment_url,
    }).toEqual({
      title: "Demo Cast",
      link: `${SITE}/`,
      language: "en",
      cover_url: `${SITE}/cover.png`,
      type: "episodic",
      explicit: false,
      itunes_author: "Demo Cast Hosts",
      itunes_owner: { name: "Demo Cast Hosts", email: "hosts@podcast.example.com" },
      itunes_categories: [["Technology"], ["Education", "How To"]],
      // The show's funding link, which gPodder offers as "support" from atom:link rel="payment".
      payment_url: "https://www.patreon.com/democast",
    });
    expect(
      feed.episodes.map((e) => ({
        title: e.title,
        guid: e.guid,
        url: e.enclosures[0]?.url,
        length: e.enclosures[0]?.file_size,
        type: e.enclosures[0]?.mime_type,
        duration: e.total_time,
        season: e.season,
        episode: e.number,
        episodeType: e.type,
        persons: expected.find((x) => x.guid === e.guid)?.persons,
      })),
    ).toEqual(expected);
    expect(feed.episodes.every((e) => e.enclosures.length === 1)).toBe(true);
    const item = feed.episodes.find((e) => e.title === "Every Field")!;
    expect({
      link: item.link,
      published: item.published,
      explicit: item.explicit,
      episode_art_url: item.episode_art_url,
      description: item.description,
      chapters: item.chapters,
    }).toEqual({
      link: `${SITE}/episodes/s01e01-everything/`,
      published: Date.UTC(2024, 2, 1, 9, 30) / 1000,
      explicit: true,
      episode_art_url: `${SITE}/episodes/s01e01-everything/art.png`,
      description: "An episode that sets every field of the contract.",
      chapters: [
        { start: 0, title: "First", href: "https://example.org/first" },
        { start: 3, title: "Second" },
      ],
    });
    // The trailer, numbered 0, has no number for gPodder either; the others have no chapters.
    expect(feed.episodes.filter((e) => e.chapters).map((e) => e.title)).toEqual(["Every Field"]);
  });

  test("drafts and episodes without audio stay out; the build warns once for each silent episode", () => {
    expect(xml).not.toContain("A Draft");
    expect(xml).not.toContain("Without Audio");
    const warnings = build.output.split("\n").filter((l) => l.includes("no audio yet"));
    expect(warnings).toEqual([
      expect.stringContaining(
        "src/content/episodes/s01e05-no-audio.md: no audio yet, so the episode is left out of the feed",
      ),
    ]);
  });

  test("the episode with every field carries art, transcript, chapters and explicit", () => {
    const feed = parseRssFeed(xml);
    const item = feed.items!.find((i) => i.title === "Every Field")!;
    expect(item.itunes?.explicit).toBe(true);
    expect(item.itunes?.image).toBe(`${SITE}/episodes/s01e01-everything/art.png`);
    // The editor's VTT as captions, and the SRT and JSON transcripts the build derives from it.
    expect(item.podcast?.transcripts).toEqual([
      { url: `${SITE}/episodes/s01e01-everything/transcript.vtt`, type: "text/vtt", language: "en", rel: "captions" },
      {
        url: `${SITE}/episodes/s01e01-everything/transcript/transcript.srt`,
        type: "application/x-subrip",
        language: "en",
      },
      {
        url: `${SITE}/episodes/s01e01-everything/transcript/transcript.json`,
        type: "application/json",
        language: "en",
      },
    ]);
    expect(item.podcast?.chapters).toEqual({
      url: `${SITE}/episodes/s01e01-everything/chapters.json`,
      type: "application/json+chapters",
    });
    const bonus = feed.items!.find((i) => i.title === "A Bonus Episode")!;
    expect(bonus.podcast?.transcripts).toEqual([
      { url: "https://cdn.example.com/transcripts/bonus.srt", type: "application/x-subrip", language: "en" },
    ]);
    const grace = item.podcast?.persons?.find((p) => p.display === "Grace Hopper");
    expect(grace).toMatchObject({ href: "https://example.org/grace", img: "https://example.org/grace.jpg" });
  });

  test("the Podcasting 2.0 tags of the episode with every field, read by partytime and feedsmith", () => {
    const item = parseFeed(xml)!.items.find((i) => i.title === "Every Field")!;
    const video = `${SITE}/episodes/s01e01-everything/video.webm`;
    expect(item.podcastSoundbites).toEqual([{ startTime: 1.5, duration: 3.25, title: "The best bit" }]);
    expect(item.alternativeEnclosures).toEqual([
      {
        type: "video/webm",
        // Read from the file beside the episode, as the audio's length is.
        length: 55165,
        height: 180,
        title: "Video",
        default: false,
        source: [{ uri: video, contentType: "video/webm" }],
      },
      {
        type: "audio/opus",
        length: 3000,
        bitrate: 16000,
        default: false,
        source: [{ uri: "https://cdn.example.com/everything.opus", contentType: "audio/opus" }],
      },
    ]);
    expect(item.license).toEqual({ identifier: "my-podcast-license-v1", url: "https://example.org/license.pdf" });
    expect(item.podcastSocialInteraction).toEqual([
      { platform: "activitypub", id: "@dave", url: "https://podcastindex.social/@dave/1", priority: 1 },
    ]);
    expect(item.value).toEqual({
      type: "lightning",
      method: "keysend",
      recipients: [
        {
          name: "Podcaster",
          type: "node",
          address: "036557ea56b3b86f08be31bcd2557cae8021b0e3a9413f0c0e52625c6696972e57",
          split: 49,
          fee: false,
        },
        { name: "Guest", type: "lnaddress", address: "guest@getalby.com", split: 51, fee: false },
      ],
    });
    const own = parseRssFeed(xml).items!.find((i) => i.title === "Every Field")!.podcast!;
    expect(own.locations).toEqual([
      { display: "Marlow", rel: "creator", geo: "geo:51.5718706,-0.7769654", osm: "R3727240", country: "GB" },
      { display: "Dreamworld", rel: "subject", osm: "R16317988", country: "AU" },
    ]);
    expect(own.images).toEqual([
      { href: `${SITE}/episodes/s01e01-everything/art.png`, purpose: "artwork" },
      {
        href: `${SITE}/cards/s01e01-everything.png`,
        alt: "S01 E01: Every Field",
        width: 1200,
        height: 630,
        type: "image/png",
        purpose: "social",
      },
    ]);
    // The card the feed names is written, at the size it gives.
    expect(readFileSync(site.path("dist/cards/s01e01-everything.png")).readUInt32BE(16)).toBe(1200);
    expect(readFileSync(site.path("dist/episodes/s01e01-everything/video.webm")).length).toBe(55165);
  });

  test("the channel's Podcasting 2.0 tags, from the show config and the trailer", async () => {
    const feed = parseFeed(xml)!;
    expect(feed.trailers).toEqual([
      {
        title: "The Trailer",
        url: "https://cdn.example.com/audio/trailer.m4a",
        pubdate: new Date(parseFeed(xml)!.items.find((i) => i.title === "The Trailer")!.pubDate!),
        length: 20480,
        type: "audio/x-m4a",
        season: 1,
      },
    ]);
    expect(feed.license).toEqual({ identifier: "cc-by-4.0", url: "https://spdx.org/licenses/CC-BY-4.0.html" });
    expect(feed.podroll).toEqual([
      { feedGuid: "917393e3-1b1e-5cef-ace4-edaa54e1f810", feedUrl: "https://feeds.podcastindex.org/pc20.xml" },
    ]);
    const channel = parseRssFeed(xml).podcast!;
    expect(channel.updateFrequency).toEqual({
      display: "Every other Thursday",
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
    });
    expect(channel.locations).toEqual([
      { display: "Berlin", rel: "creator", geo: "geo:52.52,13.405", osm: "R62422", country: "DE" },
    ]);
    // The cover at its own size, then the WebP copies the build made of it, the pages' own sizes.
    const square = { aspectRatio: "1/1", purpose: "artwork" };
    expect(channel.images?.[0]).toEqual({
      href: `${SITE}/cover.png`,
      width: 1400,
      height: 1400,
      type: "image/png",
      ...square,
    });
    const copies = channel.images!.slice(1);
    expect(copies.map(({ href: _, ...facts }) => facts)).toEqual(
      [1280, 640, 320, 160, 80].map((w) => ({ width: w, height: w, type: "image/webp", ...square })),
    );
    for (const copy of copies) {
      expect(copy.href).toMatch(new RegExp(`^${SITE}/_astro/[^/]+\\.webp$`));
      const made = await sharp(site.path(`dist${new URL(copy.href!).pathname}`)).metadata();
      expect([made.format, made.width, made.height]).toEqual(["webp", copy.width, copy.height]);
    }
  });

  test("the files the feed points at are served: audio of the right length, transcript, ascending chapters", () => {
    const base = site.path("dist/episodes/s01e01-everything");
    expect(readFileSync(join(base, "audio.mp3")).length).toBe(26154);
    expect(readFileSync(join(base, "transcript.vtt"), "utf8")).toMatch(/^WEBVTT/);
    expect(readFileSync(join(base, "transcript/transcript.srt"), "utf8")).toContain(
      "2\n00:00:03,000 --> 00:00:06,000\nNew episodes every other week.",
    );
    expect(JSON.parse(readFileSync(join(base, "transcript/transcript.json"), "utf8")).segments[0]).toEqual({
      startTime: 0,
      endTime: 3,
      body: "Welcome to Demo Cast.",
    });
    expect(JSON.parse(readFileSync(join(base, "chapters.json"), "utf8"))).toEqual({
      version: "1.2.0",
      title: "Every Field",
      chapters: [
        { startTime: 0, title: "First", url: "https://example.org/first" },
        { startTime: 3, title: "Second" },
      ],
    });
  });

  test("show notes in the feed have absolute links and image URLs", () => {
    const item = parseRssFeed(xml).items!.find((i) => i.title === "Every Field")!;
    const html = item.content!.encoded!;
    expect(html).toContain(`href="${SITE}/episodes/s01e02-hostile/"`);
    expect(html).toContain(`href="${SITE}/seasons/1/"`);
    const images = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    expect(images.length).toBe(1);
    expect(images[0].startsWith(`${SITE}/`)).toBe(true);
  });

  test("hostile text comes out the same in the feed, and no control character reaches it", () => {
    const item = parseRssFeed(xml).items!.find((i) => i.guid?.value === "0x10 & <05124>")!;
    expect(item.title).toBe(HOSTILE_TITLE);
    expect(item.description).toBe(`Summary with & and tags and ]]> and "quotes" and emoji 🎧 and RTL שלום`);
    expect(item.content?.encoded).toContain("<code>&lt;script&gt;</code>");
    expect(item.content?.encoded).toContain("a stray ]]&gt; and &amp; entities");
    expect(item.content?.encoded).toContain("a right-to-left mark \u200f inside.");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  test("the page of the episode with every field links its transcript and lists its chapters", async ({ page }) => {
    await page.setContent(site.read("dist/episodes/s01e01-everything/index.html"));
    await expect(page.getByRole("link", { name: "Read the transcript" })).toHaveAttribute(
      "href",
      "/episodes/s01e01-everything/transcript/",
    );
    await expect(page.getByRole("region", { name: "Chapters" }).getByRole("listitem")).toHaveText([
      "0:00 First",
      "0:03 Second",
    ]);
    await expect(page.getByRole("link", { name: "First" })).toHaveAttribute("href", "https://example.org/first");
  });

  test("hostile text comes out the same on the episode page, and runs nothing", async ({ page }) => {
    let ran = false;
    page.on("dialog", async (dialog) => {
      ran = true;
      await dialog.dismiss();
    });
    const html = site.read("dist/episodes/s01e02-hostile/index.html");
    await page.setContent(html);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_TITLE);
    await expect(page.locator(".guests")).toHaveText(`${HOSTILE_GUEST}, ${HOSTILE_ROLE}`);
    await expect(page.locator(".lead")).toHaveText(
      `Summary with & and tags and ]]> and "quotes" and emoji 🎧 and RTL שלום`,
    );
    await expect(page.locator(".notes code")).toHaveText("<script>");
    expect(ran).toBe(false);
    // The site's own scripts only (its bundles, the colour scheme's, the JSON-LD, which names the
    // hostile title intact): none came from the episode's text.
    await expect(page.locator("script", { hasText: "alert" })).toHaveCount(0);
    await expect(page.locator("script[src]:not([src^='/_astro/'])")).toHaveCount(0);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.name).toBe(HOSTILE_TITLE);
  });

  test("a guid stays the same across a rebuild, a file rename and a new title and audio URL", async () => {
    const before = parseFeed(xml)!.items.map((i) => i.guid);
    const episodes = site.path("src/content/episodes");
    const hostile = readFileSync(join(episodes, "s01e02-hostile.md"), "utf8");
    renameSync(join(episodes, "s01e02-hostile.md"), join(episodes, "s01e02-renamed.md"));
    writeFileSync(
      join(episodes, "s01e02-renamed.md"),
      hostile.replace(/^title = .*$/m, 'title = "A New Title"').replace("hostile%20episode.mp3", "moved.mp3"),
    );
    renameSync(join(episodes, "s01e01-everything"), join(episodes, "s01e01-moved-bundle"));
    const again = await site.run(["build"]);
    expect(again.code, again.output).toBe(0);
    const after = parseFeed(site.read("dist/rss.xml"))!.items;
    expect(after.map((i) => i.guid)).toEqual(before);
    expect(after.find((i) => i.guid === "0x10 & <05124>")!.title).toBe("A New Title");
  });
});

test.describe("a show with analytics prefixes", () => {
  test("sends every enclosure, alternate and trailer, and the player, through the chain, and still checks the site's files", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const site = new Scratch().useEpisodes(FIXTURES);
    try {
      const prefixes = ["https://op3.dev/e/", "https://dts.podtrac.com/redirect.mp3/"];
      const config = site.read("src/show.config.ts");
      site.write(
        "src/show.config.ts",
        config.replace("  timeZone: ", `  analytics: { prefixes: ${JSON.stringify(prefixes)} },\n  timeZone: `),
      );
      const build = await site.run(["build"]);
      expect(build.code, build.output).toBe(0);
      expect(build.output).toContain("/rss.xml follows the feed rules and points only at files the site holds");
      const xml = site.read("dist/rss.xml");
      const chain = "https://op3.dev/e/dts.podtrac.com/redirect.mp3/";
      const item = parseFeed(xml)!.items.find((i) => i.title === "Every Field")!;
      expect(item.enclosure).toEqual({
        url: `${chain}podcast.example.com/episodes/s01e01-everything/audio.mp3`,
        length: 26154,
        type: "audio/mpeg",
      });
      expect(item.alternativeEnclosures!.map((a) => a.source[0].uri)).toEqual([
        `${chain}podcast.example.com/episodes/s01e01-everything/video.webm`,
        `${chain}cdn.example.com/everything.opus`,
      ]);
      expect(parseFeed(xml)!.trailers![0].url).toBe(`${chain}cdn.example.com/audio/trailer.m4a`);
      const html = site.read("dist/episodes/s01e01-everything/index.html");
      await page.setContent(html);
      await expect(page.locator(".player audio")).toHaveAttribute(
        "src",
        `${chain}podcast.example.com/episodes/s01e01-everything/audio.mp3`,
      );
      await expect(page.getByRole("region", { name: "Watch" }).locator("video")).toHaveAttribute(
        "src",
        `${chain}podcast.example.com/episodes/s01e01-everything/video.webm`,
      );
      expect(html).toMatch(
        /media-src 'self' https:\/\/cdn\.example\.com https:\/\/dts\.podtrac\.com https:\/\/op3\.dev/,
      );
    } finally {
      site.dispose();
    }
  });
});

test.describe("a build that would publish a bad feed fails", () => {
  test("naming both episode files of one enclosure, as the content check does, before any page", async () => {
    test.setTimeout(120_000);
    const site = new Scratch().useEpisodes(FIXTURES);
    try {
      const bonus = site.read("src/content/episodes/s01e03-bonus.md");
      site.write("src/content/episodes/s01e03-bonus.md", bonus.replace("audio/bonus.mp3", "audio/s02e01.mp3"));
      const result = await site.run(["build"]);
      expect(result.code).not.toBe(0);
      // The feed's rule (enclosure-unique) would name one item; the check names both files first.
      expect(result.output).toContain(
        'src/content/episodes/s02e01-season-two.md:8 — audio.url — expected an audio file no other episode has, found "https://cdn.example.com/audio/s02e01.mp3", already used by src/content/episodes/s01e03-bonus.md',
      );
      // Nothing of the bad feed is left to deploy by mistake.
      expect(site.exists("dist/rss.xml")).toBe(false);
    } finally {
      site.dispose();
    }
  });

  test("naming the cover art rule it breaks", async () => {
    test.setTimeout(120_000);
    const site = new Scratch().useEpisodes(FIXTURES);
    try {
      await sharp({ create: { width: 1400, height: 1000, channels: 3, background: "#333344" } })
        .png()
        .toFile(site.path("public/cover.png"));
      const result = await site.run(["build"]);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        "src/show.config.ts — cover — expected square art, found 1400×1000 px (public/cover.png)",
      );
    } finally {
      site.dispose();
    }
  });
});
