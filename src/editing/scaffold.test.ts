import { describe, expect, it } from "vitest";
import { checkFile } from "./content-check.ts";
import { fakeCheckContext } from "../testing/fixtures.ts";
import {
  dateProblem,
  episodeFileName,
  episodeSource,
  latestSeason,
  nextEpisodeNumber,
  fileSlug,
  today,
} from "./scaffold.ts";

const context = fakeCheckContext("everything");
const draft = {
  title: 'Tokio: "async" & you',
  guest: "Carl Lerche",
  role: "Tokio maintainer",
  season: 1,
  episode: 7,
  date: "2024-03-01",
  guid: "0b6b7a3e-2f1c-4a55-9d0e-3f0a1b2c3d4e",
};

describe("new episode scaffold", () => {
  it.each([
    ["Tokio & Friends!", "tokio-friends"],
    ["Ça va, Zoë?", "ca-va-zoe"],
    ["  --  ", "episode"],
    ["日本語", "episode"],
    ["Straße", "strasse"],
    ["a".repeat(80), "a".repeat(60)],
  ])("makes %j the slug %j", (title, slug) => expect(fileSlug(title)).toBe(slug));

  it("names the file after season, episode and title", () => {
    expect(episodeFileName(draft)).toBe("s01e07-tokio-async-you.md");
    expect(episodeFileName({ ...draft, season: 12, episode: 104 })).toBe("s12e104-tokio-async-you.md");
  });

  it("proposes the newest season and the next free number in it", () => {
    const taken = [
      { season: 1, episode: 6, file: "a" },
      { season: 2, episode: 3, file: "b" },
      { season: 2, episode: 1, file: "c" },
    ];
    expect(latestSeason(taken)).toBe(2);
    expect(nextEpisodeNumber(taken, 2)).toBe(4);
    expect(nextEpisodeNumber(taken, 3)).toBe(1);
    expect(latestSeason([])).toBe(1);
  });

  it("writes today's date as front matter writes dates", () => {
    expect(today(new Date(2024, 2, 1, 23, 59))).toBe("2024-03-01");
  });

  it.each(["yaml", "toml"] as const)("writes a valid %s draft with a guid and a summary break", async (format) => {
    const source = episodeSource(draft, format);
    const checked = await checkFile({ file: "src/content/episodes/s01e07-tokio.md", source }, context);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toMatchObject({
      title: draft.title,
      draft: true,
      season: 1,
      episode: 7,
      guest: "Carl Lerche",
      role: "Tokio maintainer",
      guid: draft.guid,
    });
    expect(checked.data!.date).toBe("2024-03-01");
    expect(checked.episode!.date.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(source).toContain("\n<!-- more -->\n");
  });

  it("takes a date and nothing else: no line of YAML, comment or space rides in with it", () => {
    expect(dateProblem("2024-03-01")).toBeUndefined();
    expect(dateProblem("2024-03-01T10:00:00+01:00")).toBeUndefined();
    expect(dateProblem("2024-01-01\nevil: x")).toBe(
      'expected a date like 2024-02-22 or 2024-02-22T10:00:00+01:00, and nothing else, found "2024-01-01[U+000A]evil: x"',
    );
    expect(dateProblem("2024-01-01 # draft: false")).toMatch(/and nothing else, found "2024-01-01 # draft: false"$/);
    expect(dateProblem("2024-02-30")).toMatch(/February 2024 has 29 days/);
    for (const format of ["yaml", "toml"] as const) {
      expect(() => episodeSource({ ...draft, date: "2024-01-01\ndraft: false" }, format)).toThrow(/^date: expected/);
    }
  });

  it("leaves out a guest and role that were not given", () => {
    const source = episodeSource({ ...draft, guest: "", role: undefined });
    expect(source).not.toMatch(/guest|role/);
  });
});
