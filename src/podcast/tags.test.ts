import { describe, expect, it } from "vitest";
import { makeEpisode } from "../testing/fixtures.ts";
import { buildCatalog, CatalogError, findConflicts } from "./catalog.ts";
import { tagChips, tagKey, tagSlug } from "./tags.ts";

const now = new Date("2030-01-01");

describe("tags", () => {
  it("shows an episode's tags as chips named as their pages name them, without counts; a tag of marks only by its name", () => {
    const first = makeEpisode({ date: "2024-01-01", tags: ["rust", "!!!", "Audio"] });
    const episodes = [first, makeEpisode({ date: "2024-02-01", tags: ["Rust"] })];
    const { tags, published } = buildCatalog(episodes, { now });
    const chips = tagChips(tags)(published.find((e) => e.file === first.file)!);
    expect(chips).toEqual([
      { name: "Rust", url: "/tags/rust/" },
      { name: "!!!" },
      { name: "Audio", url: "/tags/audio/" },
    ]);
  });

  it("makes tags that differ only in case one tag, named as most episodes write it", () => {
    const episodes = [
      makeEpisode({ date: "2024-01-01", tags: ["Rust", "audio"] }),
      makeEpisode({ date: "2024-02-01", tags: ["rust"] }),
      makeEpisode({ date: "2024-03-01", tags: ["Rust"] }),
      makeEpisode({ date: "2024-04-01", tags: ["secret"], draft: true }),
    ];
    const { tags } = buildCatalog(episodes, { now });
    expect(tags.map((t) => [t.slug, t.name, t.url, t.episodes.length])).toEqual([
      ["audio", "audio", "/tags/audio/", 1],
      ["rust", "Rust", "/tags/rust/", 3],
    ]);
  });

  it("gives C, C++, C#, F# and .NET a page each", () => {
    const episodes = [
      makeEpisode({ tags: ["C", "C++"] }),
      makeEpisode({ tags: ["C#", "F#", "C++"] }),
      makeEpisode({ tags: [".NET", "c++"] }),
    ];
    const { tags } = buildCatalog(episodes, { now });
    expect(tags.map((t) => [t.name, t.url, t.episodes.length])).toEqual([
      [".NET", "/tags/dotnet/", 1],
      ["C", "/tags/c/", 1],
      ["C#", "/tags/c-sharp/", 1],
      ["C++", "/tags/c-plus-plus/", 3],
      ["F#", "/tags/f-sharp/", 1],
    ]);
  });

  it("counts case, accents, spaces, hyphens and underscores alike, and every other mark", () => {
    expect(tagKey("Open  Source")).toBe(tagKey("open-source"));
    expect(tagKey("Café")).toBe(tagKey("CAFE"));
    expect(tagKey("C++")).not.toBe(tagKey("C"));
    expect(["R&D", "AT&T", "ASP.NET", "Node.js", "Straße", "日本語", "!!!"].map(tagSlug)).toEqual([
      "r-and-d",
      "at-and-t",
      "asp-net",
      "node-js",
      "strasse",
      "日本語",
      "",
    ]);
  });

  it("reports two tags that would share a page, naming both files, rather than merging them", () => {
    const a = makeEpisode({ tags: ["Node.js"] }, "Notes.", "src/content/episodes/a.md");
    const b = makeEpisode({ tags: ["rust", "node js"] }, "Notes.", "src/content/episodes/b.md");
    expect(findConflicts([a, b])).toEqual([
      {
        file: "src/content/episodes/b.md",
        path: ["tags", 1],
        message:
          'expected a tag with a page of its own, found "node js", whose page /tags/node-js/ is that of "Node.js" in src/content/episodes/a.md: spell the two alike if they are one tag',
      },
    ]);
    expect(() => buildCatalog([a, b], { now })).toThrow(CatalogError);
  });
});
