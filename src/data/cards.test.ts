import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import show from "../show.config.ts";
import { CARD_CACHE, cardSources, cardsMayBeMissing, pruneCards, rememberCardSources } from "./cards.ts";

describe("what the cards are made from", () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "card-sources-"));
    write("src/content/episodes/s01e01-hello.md", "---\ntitle: Hello\n---\n");
    write("src/content/guests/ada.yaml", "name: Ada Example\n");
    write("src/show.config.ts", "export default {};\n");
    write(`public${show.cover}`, "cover");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("may lack a card until a build from the same files ended with every card in the cache", () => {
    const sources = cardSources(root);
    expect(cardsMayBeMissing(sources, root)).toBe(true);
    rememberCardSources(sources, root);
    expect(cardsMayBeMissing(cardSources(root), root)).toBe(false);
  });

  it("reads nothing through a link out of the project", () => {
    const outside = mkdtempSync(join(tmpdir(), "outside-"));
    try {
      writeFileSync(join(outside, "secret.md"), "one");
      symlinkSync(outside, join(root, "src/content/episodes/elsewhere"));
      const sources = cardSources(root);
      writeFileSync(join(outside, "secret.md"), "two");
      expect(cardSources(root)).toBe(sources);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it.each([
    ["an episode edited", () => write("src/content/episodes/s01e01-hello.md", "---\ntitle: Hello again\n---\n")],
    ["an episode added", () => write("src/content/episodes/s01e02-more/index.md", "---\ntitle: More\n---\n")],
    ["a guest's spelling", () => write("src/content/guests/ada.yaml", "name: Ada Exemplar\n")],
    ["the show config", () => write("src/show.config.ts", 'export default { title: "New" };\n')],
    ["the cover", () => write(`public${show.cover}`, "another cover")],
    ["an episode removed", () => rmSync(join(root, "src/content/episodes/s01e01-hello.md"))],
  ])("may lack a card after %s", (_, change) => {
    rememberCardSources(cardSources(root), root);
    change();
    expect(cardsMayBeMissing(cardSources(root), root)).toBe(true);
  });
});

describe("the card cache", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "card-cache-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const card = (n: number) => `${String(n).repeat(32)}.png`;

  it("keeps only the cards of the last build, and what is no card", async () => {
    const dir = join(root, CARD_CACHE);
    mkdirSync(dir, { recursive: true });
    for (const name of [card(1), card(2), card(3), "sources.json", ".0123.png.tmp", "notes.png"]) {
      writeFileSync(join(dir, name), name);
    }
    expect(await pruneCards([join(dir, card(1)), join(dir, card(3))], root)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([".0123.png.tmp", card(1), card(3), "notes.png", "sources.json"]);
  });

  it("has nothing to remove before the first card", async () => {
    expect(await pruneCards([], root)).toBe(0);
  });
});
