import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import type { SearchDocument } from "../podcast/search-document.ts";

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
 * The search index, written by Pagefind into `dist/pagefind/` from the episodes' search documents
 * (data/search-documents.ts), made from the model rather than read back from the pages. Pagefind,
 * a process of its own, starts with the build (`start`), and takes the documents as soon as the
 * model gives them, while Astro renders the pages (integrations/after-pages.ts).
 */
export function searchIndex() {
  let index: Promise<pagefind.PagefindIndex> | undefined;
  return {
    start() {
      index = pagefind.createIndex({}).then((created) => {
        if (!created.index) throw failed("start", created.errors);
        return created.index;
      });
      index.catch(() => {}); // reported by `write`, which awaits it
    },
    /** Indexes every document and writes the index into `dir`; says what it did. */
    async write(documents: SearchDocument[], dir: URL): Promise<string> {
      const started = performance.now();
      try {
        const ready = await (index ?? failedToStart());
        const added = await Promise.all(documents.map(({ url, html }) => ready.addHTMLFile({ url, content: html })));
        const errors = added.flatMap((page) => page.errors);
        if (errors.length) throw failed("index the site", errors);
        const output = `${fileURLToPath(dir)}pagefind`;
        const written = await ready.writeFiles({ outputPath: output });
        if (written.errors.length) throw failed("write", written.errors);
        for (const name of UNUSED) rmSync(`${output}/${name}`, { force: true });
        const ms = Math.round(performance.now() - started);
        return `Search index: ${added.length} documents indexed and written in ${ms} ms`;
      } finally {
        index = undefined;
        await pagefind.close();
      }
    },
  };
}

const failedToStart = () => Promise.reject(new Error("Pagefind was not started with the build"));
