import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { SearchDocument } from "../podcast/search-document.ts";
import { indexOrder, searchIndex, sharedStart } from "./search-index.ts";

const doc = (slug: string, text: string): SearchDocument => ({
  url: `/episodes/${slug}/`,
  html: `<html lang="en"><body><article data-pagefind-body><h1>${slug}</h1><p>${text}</p></article></body></html>`,
});

// As the model lists them: newest first.
const SHOW = [doc("third", "Compilers and linkers"), doc("second", "Databases at scale"), doc("first", "Hello")];
const NEW = doc("fourth", "Observability for small teams");

describe("sharedStart", () => {
  const ordered = indexOrder(SHOW);
  it("holds when the last build's documents open this build's, in the same order", () => {
    expect(sharedStart(ordered, ordered)).toBe(true);
    expect(sharedStart(ordered, indexOrder([NEW, ...SHOW]))).toBe(true);
    expect(sharedStart([], ordered)).toBe(true);
  });
  it("fails when a document changed, went away or moved", () => {
    expect(sharedStart(ordered, indexOrder([SHOW[0], doc("second", "Databases"), SHOW[2]]))).toBe(false);
    expect(sharedStart(ordered, indexOrder(SHOW.slice(0, 2)))).toBe(false);
    expect(sharedStart(ordered, indexOrder([SHOW[0], SHOW[2], SHOW[1]]))).toBe(false);
  });
  it("puts the oldest episode first, so that a new one comes last", () => {
    expect(indexOrder([NEW, ...SHOW]).at(-1)).toBe(NEW);
  });
});

describe("searchIndex", () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), "search-index-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** One build's index of `documents`, with the cache folder `cache` if given: its files and its line. */
  async function build(documents: SearchDocument[], cache?: string) {
    const out = scratch();
    const search = searchIndex();
    search.start(cache ? pathToFileURL(`${cache}/`) : undefined);
    search.handOver();
    const line = await search.write(documents, pathToFileURL(`${out}/`));
    const root = join(out, "pagefind");
    const files = Object.fromEntries(
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
        .map((file) => [relative(root, file), createHash("sha256").update(readFileSync(file)).digest("hex")]),
    );
    return { files, line };
  }

  it(
    "hands the last build's documents to Pagefind before this build's are known, and writes the index a build with no cache does",
    { timeout: 60_000 },
    async () => {
      const cache = scratch();
      const first = await build(SHOW, cache);
      expect(first.line).not.toContain("handed over");
      const next = await build([NEW, ...SHOW], cache);
      expect(next.line).toContain("4 documents indexed");
      expect(next.line).toContain("3 of them handed over as the pages began");
      expect(Object.keys(next.files).length).toBeGreaterThan(5);
      expect(next.files).toEqual((await build([NEW, ...SHOW])).files);
    },
  );

  it.each([
    ["changed", [SHOW[0], doc("second", "Databases, revisited"), SHOW[2]]],
    ["went away", [SHOW[0], SHOW[2]]],
  ])(
    "makes the index again from nothing when a document it was handed %s",
    { timeout: 60_000 },
    async (_, documents) => {
      const cache = scratch();
      await build(SHOW, cache);
      const next = await build(documents, cache);
      expect(next.line).not.toContain("handed over");
      expect(next.files).toEqual((await build(documents)).files);
      // … and keeps what it indexed for the build after it.
      expect((await build(documents, cache)).line).toContain(`${documents.length} of them handed over`);
    },
  );
});
