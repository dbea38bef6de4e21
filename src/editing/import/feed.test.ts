import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HOSTILE_FEED } from "../../testing/hostile-feed.ts";
import { FeedError, readFeed, seconds } from "./feed.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../integration/fixtures/import/${name}`, import.meta.url), "utf8");

describe("readFeed", () => {
  it("reads a LetsCast feed: channel, items with and without numbers, notes, chapters, persons", () => {
    const { channel, items } = readFeed(fixture("letscast.xml"));
    expect(channel).toMatchObject({
      title: "Rust in Production",
      author: "Matthias Endler",
      owner: { name: "Matthias Endler", email: "podcast@corrode.example" },
      language: "en",
      categories: [{ name: "Technology" }, { name: "Business", subcategory: "Entrepreneurship" }],
      explicit: false,
      type: "episodic",
      image: "https://letscast.fm/podcasts/rust-in-production-82281512/images/cover.jpg",
      funding: { url: "https://corrode.example/support", text: "Support the show" },
      guid: "c2e1f1d5-5b1a-5a4e-9d1b-4f6a0e2b3c4d",
    });
    expect(items).toHaveLength(9);
    const zed = items[2];
    expect(zed).toMatchObject({
      index: 3,
      title: "Rust in Production Ep 8 - Zed's Antonio Scandurra",
      guid: "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
      season: 1,
      episode: 8,
      episodeType: "full",
      subtitle: "How Zed builds a code editor in Rust",
      audio: {
        url: "https://letscast.fm/podcasts/rust-in-production-82281512/episodes/rust-in-production-ep-8-zed-s-antonio-scandurra/mp3",
        length: 64520192,
        type: "audio/mpeg",
        duration: 4032,
      },
      chapters: [
        { start: 0, title: "Intro" },
        { start: 150, title: "Why another editor?" },
        { start: 2465, title: "GPUI", url: "https://zed.dev/blog/videogame" },
      ],
      persons: [
        {
          name: "Antonio Scandurra",
          role: "guest",
          url: "https://github.com/as-cii",
          image: "https://letscast.fm/uploads/antonio.jpg",
        },
      ],
    });
    expect(zed.html).toContain("<h2>Show Notes</h2>");
    expect(zed.date?.toISOString()).toBe("2024-03-14T09:00:00.000Z");
    const sentry = items[4];
    expect([sentry.season, sentry.episode, sentry.audio?.duration]).toEqual([undefined, undefined, 4018]);
    expect(items[0].audio).toBeUndefined();
  });

  it("reads a Buzzsprout feed and a Transistor feed", () => {
    const buzzsprout = readFeed(fixture("buzzsprout.xml"));
    expect(buzzsprout.items[0]).toMatchObject({
      guid: "Buzzsprout-14523342",
      episode: 12,
      audio: { length: 26411234, duration: 1834 },
      chaptersUrl: "https://www.buzzsprout.com/2193055/14523342/chapters.json",
      transcripts: [{ url: "https://www.buzzsprout.com/2193055/14523342/transcript", type: "text/html" }],
    });
    expect(buzzsprout.channel.categories).toEqual([{ name: "Leisure", subcategory: "Home & Garden" }]);
    const transistor = readFeed(fixture("transistor.xml"));
    expect(transistor.channel).toMatchObject({
      type: "serial",
      explicit: true,
      newFeedUrl: "https://feeds.transistor.fm/build-small",
    });
    expect(transistor.items.map((i) => [i.link, i.episodeType, i.audio?.duration])).toEqual([
      ["https://share.transistor.fm/s/4d1a2b3c", "full", 2345],
      ["https://share.transistor.fm/s/9e8f7a6b", "trailer", 262],
    ]);
  });

  it("refuses a broken feed, a web page and a blog's feed with a message saying what it found", () => {
    expect(() => readFeed(fixture("broken.xml"), "broken.xml")).toThrow(
      new FeedError(
        "expected an RSS 2.0 podcast feed in broken.xml, found broken XML: check that this is the feed's address (the one podcast apps subscribe to), not a web page",
      ),
    );
    expect(() => readFeed("<!doctype html><html><body>Hi</body></html>")).toThrow(/found no RSS 2.0 feed/);
    expect(() => readFeed(fixture("not-a-podcast.xml"))).toThrow(
      /expected a podcast feed whose items carry audio \(an <enclosure>\), found an item without audio/,
    );
  });
});

describe("readFeed, a hostile feed", () => {
  const { channel, items } = readFeed(HOSTILE_FEED);
  const byTitle = (title: string) => items.find((i) => i.title === title)!;

  it("refuses items that share a guid, and audio that is not https, saying why", () => {
    expect(items.filter((i) => i.refused.length).map((i) => [i.index, i.refused])).toEqual([
      [
        2,
        [
          'its guid "shared" is also that of item 3 "Same guid, second": apps would take them for one episode; give each its own guid at the host',
        ],
      ],
      [
        3,
        [
          'its guid "shared" is also that of item 2 "Same guid, first": apps would take them for one episode; give each its own guid at the host',
        ],
      ],
      [4, ['its audio address "javascript:alert(1)//a.mp3" cannot be published: expected an https:// address']],
      [7, ['its audio address "http://media.hostile.example/7.mp3" cannot be published: expected an https:// address']],
    ]);
  });

  it("leaves out numbers the site cannot take, naming each", () => {
    const absurd = byTitle("Absurd numbers");
    expect([absurd.season, absurd.episode, absurd.audio?.length, absurd.audio?.duration]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(absurd.notes).toEqual([
      'left out the audio length "-5": expected a whole number from 1 to 50000000000',
      'left out the duration "99999999": expected seconds or H:MM:SS, at most 100 hours',
      'left out the season number "-1": expected a whole number from 1 to 9999',
      'left out the episode number "1e+300": expected a whole number from 0 to 99999',
    ]);
  });

  it("removes control and bidirectional characters, and leaves out javascript:, data: and file: addresses", () => {
    const item = items[5];
    expect(item).toMatchObject({
      title: "Bidi3pm.exe and C1 controls",
      html: "Plain text with a control and a C1 in it.",
      image: undefined,
      transcripts: [],
      chaptersUrl: undefined,
      chapters: [{ start: 0, title: "Intro" }],
      persons: [{ name: "Eve", role: "guest", url: undefined, image: undefined }],
      refused: [],
    });
    expect(item.notes).toEqual([
      "removed 3 control or bidirectional characters from the title",
      "removed 2 control or bidirectional characters from the show notes",
      'left out the episode image "data:image/png;base64,iVBORw0KGgo.png": expected an https:// address',
      'left out the transcript address "file:///etc/passwd.vtt": expected an https:// address',
      'left out the chapters address "file:///etc/chapters.json": expected an https:// or http:// address',
      'left out the chapter link "javascript:alert(1)": expected an https:// or http:// address',
      "removed a control or bidirectional character from the person's name",
      'left out the person\'s link "javascript:alert(1)": expected an https:// or http:// address',
      'left out the person\'s image "http://tracker.hostile.example/p.jpg": expected an https:// address',
    ]);
    expect(channel).toMatchObject({ title: "Hostile Radio", image: undefined });
    expect(channel.notes).toEqual([
      "removed a control or bidirectional character from the title",
      'left out the cover art address "javascript:alert(1)//cover.png": expected an https:// or http:// address',
    ]);
  });

  it("refuses a guid or an audio address with control characters, which it cannot clean, and prints none", () => {
    const feed = readFeed(
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><guid>a\u001b[2Jb</guid><enclosure url="https://x.example/a\u202Eb.mp3" length="1" type="audio/mpeg"/></item></channel></rss>',
    );
    expect(feed.items[0]).toMatchObject({
      guid: "a?[2Jb",
      refused: [
        "its guid holds control characters, which no episode file may: fix it at the host",
        'its audio address "https://x.example/a\\u202Eb.mp3" cannot be published: expected an https:// address without spaces or control characters',
      ],
    });
  });
});

describe("seconds", () => {
  it("reads the durations hosts write", () => {
    expect(["01:02:03", "62:03", "3723", "3723.4", "bad", ""].map(seconds)).toEqual([
      3723,
      3723,
      3723,
      3723,
      undefined,
      undefined,
    ]);
    expect(["360000", "360001", "9".repeat(400), "-5"].map(seconds)).toEqual([360000, undefined, undefined, undefined]);
  });
});
