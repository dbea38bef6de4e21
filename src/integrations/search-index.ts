import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { routes, withoutBase } from "../routes.ts";

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

/**
 * The search index, written by Pagefind into `dist/pagefind/` once the pages are built. Only pages
 * marked `data-pagefind-body` are indexed: episode pages and transcripts (src/podcast/search.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "podcast-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        try {
          // Episode pages and transcripts all live under /episodes/: the rest of the site is not read.
          const glob = `${withoutBase(routes.episodes()).slice(1)}**/*.html`;
          const added = await index.addDirectory({ path: site, glob });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
          const output = `${site}pagefind`;
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join("; ")}`);
          for (const name of UNUSED) rmSync(`${output}/${name}`, { force: true });
          logger.info(`Search index: ${added.page_count} pages read in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
