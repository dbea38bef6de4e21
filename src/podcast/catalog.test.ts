import { makeLocale } from "../i18n/locale.ts";
import { describe, expect, it } from "vitest";
import { buildCatalog, CatalogError, findConflicts } from "./catalog.ts";
import { isPublished, localFiles, toEpisode } from "./episode.ts";
import { cardInput } from "./card.ts";
import { makeEntry, makeEpisode, SITE } from "../testing/fixtures.ts";

const now = new Date("2024-06-01T00:00:00Z");

describe("episode model", () => {
  it("normalises the seed's fields", () => {
    const e = makeEpisode(
      { title: "Sentry", season: "01", episode: "06", guest: "Arpad Borsos", role: "Senior Native Platform Engineer" },
      "Intro.\n\n<!-- more -->\n\nMore.",
      "src/content/episodes/s01e06-sentry.md",
    );
    expect(e.label).toBe("S01 E06");
    expect(e.guests).toEqual([{ name: "Arpad Borsos", role: "Senior Native Platform Engineer", field: ["guest"] }]);
    expect(e.summary).toBe("Intro.");
    expect(e.episodeType).toBe("full");
    expect(e.guid).toBe(`https://podcast.example.com${e.url}`);
  });

  it("makes episode 0 a trailer unless episodeType says otherwise", () => {
    expect(makeEpisode({ episode: 0 }).episodeType).toBe("trailer");
    expect(makeEpisode({ episode: 0 }).label).toMatch(/Trailer$/);
    expect(makeEpisode({ episode: 0, episodeType: "bonus" }).episodeType).toBe("bonus");
  });

  it("writes the number label in the show's language, which the social card shows too", () => {
    const episode = (language: string, number: number) =>
      toEpisode(makeEntry({ season: 1, episode: number }), {
        site: SITE,
        explicit: false,
        timeZone: "UTC",
        locale: makeLocale(language),
      });
    expect(episode("de", 6).label).toBe("S01 F06");
    expect(episode("es", 6).label).toBe("T01 E06");
    expect(episode("ar", 6).label).toBe("م01 ح06");
    expect(episode("fr", 0).label).toBe("S01 Bande-annonce");
    expect(cardInput(episode("ar", 6)).label).toBe("م01 ح06");
  });

  it("keeps a set guid and resolves bundle files under the episode URL", () => {
    const entry = makeEntry(
      { slug: "bundle", guid: "urn:uuid:1", audio: { url: "./a.mp3" }, transcript: "t.vtt" },
      "",
      "src/content/episodes/bundle/index.md",
    );
    const e = toEpisode(entry, { site: SITE, explicit: false, timeZone: "UTC", locale: makeLocale("en") });
    expect(e.guid).toBe("urn:uuid:1");
    expect(e.audio).toMatchObject({ url: "/episodes/bundle/a.mp3" });
    expect(e.transcript).toBe("/episodes/bundle/t.vtt");
    const files = localFiles(entry);
    expect(files.map((f) => [f.url, f.source]).sort()).toEqual([
      ["/episodes/bundle/a.mp3", "src/content/episodes/bundle/a.mp3"],
      ["/episodes/bundle/t.vtt", "src/content/episodes/bundle/t.vtt"],
    ]);
  });

  it("leaves out drafts and episodes dated after now", () => {
    expect(isPublished(makeEpisode({ date: "2024-05-31" }), now)).toBe(true);
    expect(isPublished(makeEpisode({ date: "2024-06-01" }), now)).toBe(true);
    expect(isPublished(makeEpisode({ date: "2024-06-02" }), now)).toBe(false);
    expect(isPublished(makeEpisode({ date: "2024-01-01", draft: true }), now)).toBe(false);
  });
});

describe("catalog", () => {
  const a = makeEpisode({ season: 1, episode: 1, date: "2024-01-01" });
  const b = makeEpisode({ season: 1, episode: 2, date: "2024-02-01" });
  const c = makeEpisode({ season: 2, episode: 1, date: "2024-03-01" });
  const draft = makeEpisode({ season: 2, episode: 2, date: "2024-03-05", draft: true });
  const future = makeEpisode({ season: 2, episode: 3, date: "2030-01-01" });
  const catalog = buildCatalog([b, future, a, draft, c], { now, seasonNames: { "2": "Two" } });

  it("lists published episodes newest first", () => {
    expect(catalog.published).toEqual([c, b, a]);
    expect(catalog.scheduled).toEqual([future]);
  });

  it("groups seasons in episode order with counts and dates", () => {
    expect(catalog.seasons.map((s) => [s.number, s.name, s.episodes.length])).toEqual([
      [1, undefined, 2],
      [2, "Two", 1],
    ]);
    expect(catalog.season(1)!.episodes).toEqual([a, b]);
    expect(catalog.season(1)!.first.toISOString().slice(0, 10)).toBe("2024-01-01");
    expect(catalog.season(1)!.last.toISOString().slice(0, 10)).toBe("2024-02-01");
    expect(catalog.season(3)).toBeUndefined();
  });

  it("links each episode to the ones published before and after it", () => {
    expect(catalog.neighbours(b)).toEqual({ previous: a, next: c });
    expect(catalog.neighbours(a)).toEqual({ previous: undefined, next: b });
    expect(catalog.neighbours(draft)).toEqual({});
  });

  it("orders episodes of the same day by number", () => {
    const x = makeEpisode({ season: 1, episode: 1, date: "2024-01-01" });
    const y = makeEpisode({ season: 1, episode: 2, date: "2024-01-01" });
    expect(buildCatalog([x, y], { now }).published).toEqual([y, x]);
  });

  it("rejects two episodes with the same number, slug, guid or alias, naming both files", () => {
    const one = makeEpisode({ season: 5, episode: 1, guid: "same", aliases: ["/old"] });
    const two = makeEpisode({ season: 5, episode: 1, guid: "same", aliases: ["/old/"] });
    const error = (() => {
      try {
        buildCatalog([one, two], { now });
      } catch (e) {
        return e as CatalogError;
      }
    })();
    expect(error).toBeInstanceOf(CatalogError);
    expect(error!.problems).toEqual([
      {
        file: two.file,
        path: ["episode"],
        message: `expected an episode number not yet used in season 5, found 1, already used by ${one.file}`,
      },
      {
        file: two.file,
        path: ["guid"],
        message: `expected a permanent id no other episode has, found "same", already used by ${one.file}`,
      },
      {
        file: two.file,
        path: ["aliases", 0],
        message: `expected an old URL no other episode has, found "/old/", already used by ${one.file}`,
      },
    ]);
  });

  it("rejects one audio file in two episodes, local or remote, naming both files", () => {
    const local = { url: "/audio/shared.mp3" };
    const remote = { url: "https://podcast.example.com/audio/shared.mp3", length: 1, duration: 1 };
    const [one, two, three] = [local, local, remote].map((audio) => makeEpisode({ audio }));
    expect(findConflicts([one, two, three])).toEqual(
      [two, three].map((e) => ({
        file: e.file,
        path: ["audio", "url"],
        message: `expected an audio file no other episode has, found "https://podcast.example.com/audio/shared.mp3", already used by ${one.file}`,
      })),
    );
    expect(findConflicts([one, makeEpisode({ audio: { url: "/audio/other.mp3" } })])).toEqual([]);
  });

  it("rejects an alias that is another episode's page", () => {
    const one = makeEpisode({ slug: "one" });
    const two = makeEpisode({ aliases: ["/episodes/one/"] });
    expect(() => buildCatalog([one, two], { now })).toThrow(
      /aliases.0 — expected .* found "\/episodes\/one\/", the page of/,
    );
  });
});
