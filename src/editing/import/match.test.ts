import { describe, expect, it } from "vitest";
import type { FeedItem } from "./feed.ts";
import { closeTitles, matchItems, normalizeUrl, type SiteEpisode } from "./match.ts";

const item = (fields: Partial<FeedItem>, index = 1): FeedItem => ({
  index,
  title: "An episode",
  html: "",
  transcripts: [],
  chapters: [],
  persons: [],
  ...fields,
});
const file = (fields: Partial<SiteEpisode>): SiteEpisode => ({
  file: "a.md",
  slug: "a",
  title: "A",
  embedKeys: [],
  links: [],
  ...fields,
});

describe("closeTitles", () => {
  it("takes a host's longer title for the site's short one, and tells different episodes apart", () => {
    expect(closeTitles("Sentry", "Rust in Production Ep 6 - Sentry's Arpad Borsos")).toBe(true);
    expect(closeTitles("Tokio: Carl Lerche", "Ep 1 – Tokio with Carl Lerche")).toBe(true);
    expect(closeTitles("Sentry", "Rust in Production Ep 7 - Tweede golf")).toBe(false);
    expect(closeTitles("Episode 1", "Episode 2")).toBe(false);
  });
});

describe("normalizeUrl", () => {
  it("reads one page however its address was written", () => {
    expect(normalizeUrl("https://www.Share.Transistor.fm/s/4d1a2b3c/")).toBe("share.transistor.fm/s/4d1a2b3c");
    expect(normalizeUrl("http://share.transistor.fm/s/4d1a2b3c#play")).toBe("share.transistor.fm/s/4d1a2b3c");
  });
});

describe("matchItems", () => {
  it("applies the rules in order, so that a guid wins a file over a number", () => {
    const byNumber = item({ guid: "x", season: 1, episode: 6 }, 1);
    const byGuid = item({ guid: "g-6" }, 2);
    const six = file({ file: "s01e06.md", season: 1, episode: 6, guid: "g-6" });
    const outcomes = matchItems([byNumber, byGuid], [six]);
    expect(outcomes.map((o) => [o.item.index, o.kind])).toEqual([
      [1, "new"],
      [2, "matched"],
    ]);
  });

  it("matches by the item's link or slug in the file's player, its links or its slug", () => {
    const link = "https://letscast.fm/sites/show-1/episode/ep-6-sentry";
    const files = [
      file({ file: "player.md", embedKeys: ["ep-6-sentry"] }),
      file({ file: "link.md", links: ["https://share.transistor.fm/s/4d1a2b3c/"] }),
      file({ file: "slug.md", slug: "s01e03-curious" }),
    ];
    const outcomes = matchItems(
      [
        item({ link }, 1),
        item({ link: "https://share.transistor.fm/s/4d1a2b3c" }, 2),
        item({ link: "https://corrode.example/podcast/s01e03-curious/" }, 3),
      ],
      files,
    );
    expect(outcomes.map((o) => (o.kind === "matched" ? [o.file.file, o.rule] : o.kind))).toEqual([
      ["player.md", "link"],
      ["link.md", "link"],
      ["slug.md", "link"],
    ]);
  });

  it("reports two items that want one file as ambiguous, and a number match with another guid as a conflict", () => {
    const day = new Date("2024-02-08T09:00:00Z");
    const files = [
      file({ file: "workshop.md", title: "Workshop", date: new Date("2024-02-08") }),
      file({ file: "three.md", season: 1, episode: 3, guid: "mine" }),
    ];
    const outcomes = matchItems(
      [
        item({ title: "Ep 4 - Workshop", date: day }, 1),
        item({ title: "Workshop (again)", date: day }, 2),
        item({ guid: "theirs", season: 1, episode: 3 }, 3),
      ],
      files,
    );
    expect(outcomes.map((o) => o.kind)).toEqual(["ambiguous", "ambiguous", "conflict"]);
    expect(outcomes[0]).toMatchObject({ rule: "date and title", candidates: [files[0]] });
  });

  it("matches an item without a season by its episode number when one file has it", () => {
    const outcomes = matchItems([item({ episode: 4 })], [file({ file: "s02e04.md", season: 2, episode: 4 })]);
    expect(outcomes[0]).toMatchObject({ kind: "matched", rule: "number" });
  });
});
