import { describe, expect, it } from "vitest";
import type { Content, Loaded } from "./catalog.ts";
import { devCache } from "./dev-cache.ts";

const entry = (collection: "episodes" | "guests", id: string, digest: string | undefined) => ({
  collection,
  id,
  digest,
  data: {},
});

/** Content as the collections give it: one episode and one guest profile, of the digests given. */
const content = (episode: string, guest: string | undefined) =>
  ({ episodes: [entry("episodes", "s01e01", episode)], guests: [entry("guests", "lin", guest)] }) as unknown as Content;

function counting() {
  let loads = 0;
  const load = async () => {
    loads++;
    return { catalog: { scheduled: [] }, files: new Map() } as unknown as Loaded;
  };
  return { cached: devCache(load, () => []), loads: () => loads };
}

describe("the dev server's catalog cache", () => {
  it("rebuilds when a guest profile changes, though no episode did, and not when nothing changed", async () => {
    const { cached, loads } = counting();
    await cached(content("e1", "g1"));
    await cached(content("e1", "g1"));
    expect(loads()).toBe(1);
    await cached(content("e1", "g2"));
    expect(loads()).toBe(2);
    await cached(content("e2", "g2"));
    expect(loads()).toBe(3);
  });

  it("rebuilds every time an entry has no digest", async () => {
    const { cached, loads } = counting();
    await cached(content("e1", undefined));
    await cached(content("e1", undefined));
    expect(loads()).toBe(2);
  });
});
