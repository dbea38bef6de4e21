import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import type { SearchDocument } from "../podcast/search-document.ts";
import { awaitedAtBuildDone } from "./after-pages.ts";
import { setSearchIndexer } from "./search-intake.ts";

/** Pagefind's ready-made interfaces, which the site does not use: its own search page is lighter. */
const UNUSED = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

const failed = (what: string, errors: string[]) => new Error(`Pagefind could not ${what}: ${errors.join("; ")}`);

/** Hands Pagefind every document, then has it write the index into `dir`. */
async function writeIndex(index: pagefind.PagefindIndex, documents: Promise<SearchDocument[]>, dir: URL) {
  const added = await Promise.all((await documents).map(({ url, html }) => index.addHTMLFile({ url, content: html })));
  const errors = added.flatMap((page) => page.errors);
  if (errors.length) throw failed("index the site", errors);
  const output = `${fileURLToPath(dir)}pagefind`;
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw failed("write", written.errors);
  for (const name of UNUSED) rmSync(`${output}/${name}`, { force: true });
  return added.length;
}

/**
 * The search index, written by Pagefind into `dist/pagefind/`. Pagefind starts with the build; the
 * first page to render hands it every episode's search document (src/middleware.ts,
 * data/search-documents.ts), and it indexes them and writes the index on the other core while the
 * rest of the pages render. Build-done waits for it.
 */
export function searchIndex(): AstroIntegration {
  let outDir: URL | undefined;
  let index: pagefind.PagefindIndex | undefined;
  let writing: Promise<number> | undefined;
  let startedAt = 0;
  const write = (documents: Promise<SearchDocument[]>) => {
    startedAt = performance.now();
    writing = awaitedAtBuildDone(writeIndex(index!, documents, outDir!));
  };
  return {
    name: "podcast-search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = config.outDir;
      },
      "astro:build:start": async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw failed("start", created.errors);
        index = created.index;
        setSearchIndexer(write);
      },
      // A site whose pages never asked (it has none) still gets its empty index.
      "astro:build:generated": () => {
        setSearchIndexer(undefined);
        if (index && !writing) write(Promise.resolve([]));
      },
      "astro:build:done": async ({ logger }) => {
        if (!writing) return;
        try {
          const read = await writing;
          logger.info(
            `Search index: ${read} documents indexed and written in ${Math.round(performance.now() - startedAt)} ms`,
          );
        } finally {
          index = undefined;
          writing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
