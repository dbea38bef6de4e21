import { describe, expect, it } from "vitest";
import type { FeedItem } from "./feed.ts";
import { matchItems, normalizeUrl, type SiteEpisode, titleCloseness } from "./match.ts";

const item = (fields: Partial<FeedItem>, index = 1): FeedItem => ({
  index,
  title: "An episode",
  html: "",
  transcripts: [],
  chapters: [],
  persons: [],
  fields: {},
  notes: [],
  refused: [],
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

describe("titleCloseness", () => {
  it("takes a host's longer title for the site's short one, and tells different episodes apart", () => {
    expect(titleCloseness("Sentry", "Rust in Production Ep 6 - Sentry's Arpad Borsos")).toBe("strong");
    expect(titleCloseness("Tokio: Carl Lerche", "Ep 1 – Tokio with Carl Lerche")).toBe("strong");
    expect(titleCloseness("Sentry", "Rust in Production Ep 7 - Tweede golf")).toBe("none");
    expect(titleCloseness("Episode 1", "Episode 2")).toBe("none");
  });

  it("calls two titles that share only half their words weak", () => {
    expect(titleCloseness("Interview with Bob Smith", "Interview with Alice Smith")).toBe("weak");
    expect(titleCloseness("Arroyo with Micah Wylde", "Arroyo's Micah Wilde")).toBe("weak");
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

  it("never matches a same-day item whose title is only weakly like the file's: it is ambiguous, with the reason", () => {
    const day = new Date("2024-05-02T08:00:00Z");
    const alice = file({ file: "s01e10-alice.md", title: "Interview with Alice Smith", date: new Date("2024-05-02") });
    const outcomes = matchItems(
      [item({ title: "Interview with Bob Smith", guid: "bob", date: day }, 1), item({ title: "News", date: day }, 2)],
      [alice],
    );
    expect(outcomes[0]).toMatchObject({ kind: "ambiguous", rule: "date and title", candidates: [alice] });
    expect((outcomes[0] as { reason?: string }).reason).toBe(
      'the same day as a file whose title "Interview with Alice Smith" shares only some of its words',
    );
    expect(outcomes[1].kind).toBe("new");
    // The same titles a day apart are two episodes, and the strong rule still matches.
    expect(
      matchItems([item({ title: "Interview with Bob Smith", date: new Date("2024-05-04") })], [alice])[0].kind,
    ).toBe("new");
    const bob = file({ file: "s01e11-bob.md", title: "Bob Smith", date: new Date("2024-05-02") });
    expect(matchItems([item({ title: "Interview with Bob Smith", date: day })], [alice, bob])[0]).toMatchObject({
      kind: "matched",
      file: bob,
    });
  });

  it("matches an item without a season by its episode number when one file has it", () => {
    const outcomes = matchItems([item({ episode: 4 })], [file({ file: "s02e04.md", season: 2, episode: 4 })]);
    expect(outcomes[0]).toMatchObject({ kind: "matched", rule: "number" });
  });
});
