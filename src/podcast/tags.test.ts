import { describe, expect, it } from "vitest";
import { makeEpisode } from "../testing/fixtures.ts";
import { buildCatalog } from "./catalog.ts";

const now = new Date("2030-01-01");

describe("tags", () => {
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
});
