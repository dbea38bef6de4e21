import { availableParallelism } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scratch } from "./scratch.ts";

const cardLine = (output: string) =>
  /Social cards: (\d+) rendered, (\d+) from the cache/.exec(output)?.slice(1).map(Number);
const threads = (output: string) => Number(/Rendered \d+ social cards? in \d+ ms on (\d+) threads?/.exec(output)?.[1]);

describe("discovery, on a copy of the site", () => {
  let site: Scratch;
  beforeAll(() => {
    site = new Scratch();
  });
  afterAll(() => site?.dispose());

  it(
    "renders each social card once: a second build with no changes renders none, a new title one",
    { timeout: 600_000 },
    async () => {
      const first = await site.run(["build"]);
      expect(first.code, first.output).toBe(0);
      const [rendered, cached] = cardLine(first.output)!;
      expect(rendered).toBeGreaterThanOrEqual(5);
      expect(cached).toBe(0);
      // Cards are drawn after the pages, a worker thread a core.
      expect(threads(first.output)).toBe(Math.min(availableParallelism(), rendered));
      expect(first.output).toMatch(/Search index: [1-9]\d* documents indexed/);

      const second = await site.run(["build"]);
      expect(second.code, second.output).toBe(0);
      expect(cardLine(second.output)).toEqual([0, rendered]);
      // The cached cards, without the cache's note of what they were made from.
      const cachedCards = () =>
        Object.fromEntries(
          Object.entries(site.files(".astro/cache/social-cards")).filter(([name]) => name.endsWith(".png")),
        );
      const cache = cachedCards();

      const file = "src/content/episodes/s01e06-sentry.md";
      const seed = site.read(file);
      site.write(file, seed.replace('title = "Sentry"', 'title = "Sentry, Again"'));
      const third = await site.run(["build"]);
      site.write(file, seed);
      expect(third.code, third.output).toBe(0);
      expect(cardLine(third.output)).toEqual([1, rendered - 1]);
      expect(threads(third.output)).toBe(1);
      // The built cards share their bytes with the cache: building over the last build's cards
      // left every card the cache kept as it was, and each built card is one of the cache's. The
      // retitled episode's old card is no longer kept.
      const cacheAfter = cachedCards();
      expect(Object.keys(cache).filter((name) => !(name in cacheAfter))).toHaveLength(1);
      for (const [name, bytes] of Object.entries(cacheAfter)) if (name in cache) expect(bytes).toBe(cache[name]);
      const kept = new Set(Object.values(cacheAfter));
      const built = Object.values(site.files("dist/cards"));
      expect(built).toHaveLength(rendered);
      for (const card of built) expect(kept.has(card)).toBe(true);

      // The drawing code is part of every card's key: a change to it (here, to a file the card
      // worker imports) draws every card again, with no constant to bump.
      const drawing = "src/podcast/card.ts";
      site.write(drawing, `${site.read(drawing)}\n// A change to how cards are drawn.\n`);
      const fourth = await site.run(["build"]);
      expect(fourth.code, fourth.output).toBe(0);
      expect(cardLine(fourth.output)).toEqual([rendered, 0]);
      // Only the new set stays in the cache.
      expect(Object.keys(cachedCards())).toHaveLength(rendered);
    },
  );
});
