import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
  });
});
