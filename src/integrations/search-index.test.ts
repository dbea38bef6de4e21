import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { SearchDocument } from "../podcast/search-document.ts";
import { searchIndex } from "./search-index.ts";

const doc = (slug: string, text: string): SearchDocument => ({
  url: `/episodes/${slug}/`,
  html: `<html lang="en"><body><article data-pagefind-body><h1>${slug}</h1><p>${text}</p></article></body></html>`,
});

describe("searchIndex", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), "search-index-"));
    dirs.push(dir);
    return dir;
  };

  it(
    "writes Pagefind's index of every document, without the interfaces the site does not use",
    { timeout: 60_000 },
    async () => {
      const out = scratch();
      const search = searchIndex();
      search.start();
      const documents = [doc("second", "Databases at scale"), doc("first", "Hello")];
      expect(await search.write(documents, pathToFileURL(`${out}/`))).toMatch(/^Search index: 2 documents indexed/);
      const entry = JSON.parse(readFileSync(join(out, "pagefind", "pagefind-entry.json"), "utf8"));
      expect(entry.languages.en.page_count).toBe(2);
      expect(existsSync(join(out, "pagefind", "pagefind.js"))).toBe(true);
      expect(existsSync(join(out, "pagefind", "pagefind-ui.js"))).toBe(false);
    },
  );

  it("says so when Pagefind was not started with the build", async () => {
    await expect(searchIndex().write([], pathToFileURL(`${scratch()}/`))).rejects.toThrow(/not started/);
  });
});
