import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { awaitedAtBuildDone } from "./after-pages.ts";
import { setPageIndexer } from "./page-index.ts";

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

/** Waits for Pagefind to take every page, then writes the index into `dir`. */
async function writeIndex(index: pagefind.PagefindIndex, pages: Promise<pagefind.NewFileResponse>[], dir: URL) {
  const added = await Promise.all(pages);
  const errors = added.flatMap((page) => page.errors);
  if (errors.length) throw failed("index the site", errors);
  const output = `${fileURLToPath(dir)}pagefind`;
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw failed("write", written.errors);
  for (const name of UNUSED) rmSync(`${output}/${name}`, { force: true });
  return added.length;
}

/**
 * The search index, written by Pagefind into `dist/pagefind/`. Pagefind starts with the build and
 * takes each episode page as it renders (src/middleware.ts); only pages marked
 * `data-pagefind-body` are indexed: episode pages and transcripts (src/podcast/search.ts). It
 * writes the index as soon as the pages are built, while the other build-done steps run.
 */
export function searchIndex(): AstroIntegration {
  let pages: Promise<pagefind.NewFileResponse>[] = [];
  let index: pagefind.PagefindIndex | undefined;
  let writing: Promise<number> | undefined;
  let startedAt = 0;
  return {
    name: "podcast-search-index",
    hooks: {
      "astro:build:start": async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw failed("start", created.errors);
        index = created.index;
        setPageIndexer((file, html) => pages.push(index!.addHTMLFile({ sourcePath: file, content: html })));
      },
      "astro:build:generated": ({ dir }) => {
        setPageIndexer(undefined);
        if (!index) return;
        startedAt = performance.now();
        writing = awaitedAtBuildDone(writeIndex(index, pages, dir));
      },
      "astro:build:done": async ({ logger }) => {
        if (!writing) return;
        try {
          const read = await writing;
          logger.info(`Search index: ${read} pages read, written in ${Math.round(performance.now() - startedAt)} ms`);
        } finally {
          pages = [];
          index = undefined;
          writing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
