import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
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

/**
 * The search index, written by Pagefind into `dist/pagefind/`. Pagefind starts with the build and
 * takes each episode page as it renders (src/middleware.ts); only pages marked
 * `data-pagefind-body` are indexed: episode pages and transcripts (src/podcast/search.ts).
 */
export function searchIndex(): AstroIntegration {
  let pages: Promise<pagefind.NewFileResponse>[] = [];
  let index: pagefind.PagefindIndex | undefined;
  return {
    name: "podcast-search-index",
    hooks: {
      "astro:build:start": async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw failed("start", created.errors);
        index = created.index;
        setPageIndexer((file, html) => pages.push(index!.addHTMLFile({ sourcePath: file, content: html })));
      },
      "astro:build:done": async ({ dir, logger }) => {
        setPageIndexer(undefined);
        if (!index) return;
        const started = performance.now();
        try {
          const added = await Promise.all(pages);
          const errors = added.flatMap((page) => page.errors);
          if (errors.length) throw failed("index the site", errors);
          const output = `${fileURLToPath(dir)}pagefind`;
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length) throw failed("write", written.errors);
          for (const name of UNUSED) rmSync(`${output}/${name}`, { force: true });
          logger.info(
            `Search index: ${added.length} pages read, written in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          pages = [];
          index = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
