import { describe, expect, it } from "vitest";
import { makeEpisode } from "../testing/fixtures.ts";
import { buildCatalog, CatalogError } from "./catalog.ts";
import { type GuestProfile, guestDirectory, guestsOnProfilePages, unknownGuests } from "./guests.ts";

const now = new Date("2030-01-01");
const profile = (data: Partial<GuestProfile> & { slug: string; name: string }): GuestProfile => ({
  file: `src/content/guests/${data.slug}.yaml`,
  spellings: [],
  links: [],
  ...data,
});

describe("guest pages", () => {
  it("merges one person's spellings across case and accents into one page, newest episode first", () => {
    const a = makeEpisode({ date: "2024-01-01", guest: "José Valim", role: "Creator of Elixir" });
    const b = makeEpisode({ date: "2024-02-01", guests: [{ name: "jose valim", role: "creator of elixir" }] });
    const c = makeEpisode({ date: "2024-03-01", guest: "Someone Else" });
    const { guests } = buildCatalog([a, b, c], { now });
    expect(guests.map((g) => [g.slug, g.name, g.episodes.map((e) => e.title)])).toEqual([
      ["jose-valim", "José Valim", [b.title, a.title]],
      ["someone-else", "Someone Else", [c.title]],
    ]);
    expect(guests[0].roles).toEqual(["creator of elixir"]);
    expect(guests[0].url).toBe("/guests/jose-valim/");
  });

  it("links each episode's guests to their page", () => {
    const catalog = buildCatalog([makeEpisode({ guest: "Zoë Example" })], { now });
    expect(catalog.published[0].guests[0].page).toBe("/guests/zoe-example/");
  });

  it("merges the spellings a profile lists, and takes its name, bio and links", () => {
    const a = makeEpisode({ guest: "Bob T." });
    const b = makeEpisode({ guests: [{ id: "robert-tables", name: "Bobby" }] });
    const { guests } = buildCatalog([a, b], {
      now,
      guests: [
        profile({
          slug: "robert-tables",
          name: "Robert Tables",
          spellings: ["bob t"],
          bio: "Drops tables.",
          links: [{ name: "Site", url: "https://example.com" }],
        }),
      ],
    });
    expect(guests).toHaveLength(1);
    expect(guests[0]).toMatchObject({ slug: "robert-tables", name: "Robert Tables", bio: "Drops tables." });
    expect(guests[0].episodes).toHaveLength(2);
  });

  it("never merges a guest into a profile by its file name: Ada is not ada.yaml's Ada Lovelace", () => {
    const lovelace = profile({ slug: "ada", name: "Ada Lovelace" });
    const hers = makeEpisode({ guest: "Ada Lovelace" });
    const ada = makeEpisode({ guests: [{ name: "Sam" }, { name: "Ada" }] }, "Notes.", "src/content/episodes/ada.md");
    const directory = guestDirectory([lovelace]);
    expect(directory.slugOf({ name: "Ada Lovelace" })).toBe("ada");
    expect(directory.slugOf({ name: "Ada" })).toBeUndefined();
    expect(guestsOnProfilePages([hers, ada], directory)).toEqual([
      {
        file: "src/content/episodes/ada.md",
        path: ["guests", 1, "name"],
        message:
          'expected a guest with a page of their own, found "Ada", whose page /guests/ada/ is that of "Ada Lovelace" (src/content/guests/ada.yaml): list "Ada" in its spellings if they are one person, or give this guest a file of their own',
      },
    ]);
    expect(() => buildCatalog([hers, ada], { now, guests: [lovelace] })).toThrow(CatalogError);
  });

  it("merges a guest into a profile that lists the name among its spellings", () => {
    const lovelace = profile({ slug: "ada", name: "Ada Lovelace", spellings: ["Ada"] });
    const episodes = [makeEpisode({ guest: "Ada Lovelace" }), makeEpisode({ guest: "ADA" })];
    const { guests } = buildCatalog(episodes, { now, guests: [lovelace] });
    expect(guests.map((g) => [g.url, g.name, g.episodes.length])).toEqual([["/guests/ada/", "Ada Lovelace", 2]]);
  });

  it("leaves drafts and scheduled episodes off every guest page", () => {
    const draft = makeEpisode({ guest: "Hidden", draft: true });
    const later = makeEpisode({ guest: "Hidden", date: "2099-01-01" });
    expect(buildCatalog([draft, later], { now }).guests).toEqual([]);
  });

  it("gives a guest whose id names no profile no page, rather than failing: the content check reports it", () => {
    const episode = makeEpisode({ guests: [{ id: "nobody", name: "Nobody" }] });
    const catalog = buildCatalog([episode], { now });
    expect(catalog.published[0].guests[0].page).toBeUndefined();
    expect(catalog.guests).toEqual([]);
  });

  it("fails when two profiles claim one spelling, naming the later file", () => {
    const run = () =>
      buildCatalog([], {
        now,
        guests: [
          profile({ slug: "a", name: "Alex Smith" }),
          profile({ slug: "b", name: "Alexander Smith", spellings: ["ALEX SMITH"] }),
        ],
      });
    expect(run).toThrow(CatalogError);
    expect(run).toThrow(
      /src\/content\/guests\/b\.yaml — spellings\.0 — .*"alex-smith", already claimed by src\/content\/guests\/a\.yaml/,
    );
  });
});

describe("the guest rules", () => {
  it("finds each guest id that names no profile file, with its place in the episode", () => {
    const episode = makeEpisode(
      { guests: [{ id: "lin", name: "Lin" }, { name: "Sam" }, { id: "nobody", name: "Nobody" }] },
      "Notes.",
      "src/content/episodes/x.md",
    );
    expect(unknownGuests([episode], new Set(["lin"]))).toEqual([
      {
        file: "src/content/episodes/x.md",
        path: ["guests", 2, "id"],
        message: 'expected the slug of a file in src/content/guests/, found "nobody"',
      },
    ]);
  });

  it("reports a spelling two profiles claim at the later one's field, name or spelling, and keeps the first", () => {
    const { problems, slugOf } = guestDirectory([
      profile({ slug: "a", name: "Alex Smith", spellings: ["Al"] }),
      profile({ slug: "b", name: "AL", spellings: ["Bo", "alex smith"] }),
    ]);
    expect(problems.map((p) => [p.file, p.path])).toEqual([
      ["src/content/guests/b.yaml", ["name"]],
      ["src/content/guests/b.yaml", ["spellings", 1]],
    ]);
    expect(slugOf({ name: "Alex Smith" })).toBe("a");
  });

  it("lets a profile list its own name among its spellings", () => {
    expect(guestDirectory([profile({ slug: "a", name: "José", spellings: ["Jose"] })]).problems).toEqual([]);
  });
});
