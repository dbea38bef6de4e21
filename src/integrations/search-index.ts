import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { readJson, writeWhole } from "../data/cache-files.ts";
import type { SearchDocument } from "../podcast/search-document.ts";
import { inTurns } from "./turns.ts";

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

/** The documents the last build indexed, in the order it added them, beside Astro's cache. */
const STORE = "search-documents.json";

const failed = (what: string, errors: string[]) => new Error(`Pagefind could not ${what}: ${errors.join("; ")}`);

type Added = Awaited<ReturnType<pagefind.PagefindIndex["addHTMLFile"]>>;

/**
 * Whether `last` opens `now`, every one of its documents where `now` has it: Pagefind's index depends on
 * the order documents are added in, so the last build's documents can be added before this build's
 * are known only if they are where this build puts them, and all of them, as Pagefind cannot take
 * a document back.
 */
export function sharedStart(last: readonly SearchDocument[], now: readonly SearchDocument[]): boolean {
  return last.length <= now.length && last.every((doc, i) => doc.url === now[i].url && doc.html === now[i].html);
}

/**
 * The order documents are indexed in: oldest episode first (the model lists them newest first), so
 * that an episode published since the last build comes after every document that build added.
 */
export const indexOrder = (documents: readonly SearchDocument[]) => [...documents].reverse();

const readStore = (file: string) => {
  const documents = readJson(file);
  return Array.isArray(documents) ? (documents as SearchDocument[]) : undefined;
};

/** Adds each document in order, giving the event loop a turn now and then; resolves with Pagefind's answers. */
async function addAll(index: pagefind.PagefindIndex, documents: readonly SearchDocument[]): Promise<Added[]> {
  const added: Promise<Added>[] = [];
  await inTurns(documents, ({ url, html }) => added.push(index.addHTMLFile({ url, content: html })));
  return Promise.all(added);
}

const newIndex = () =>
  pagefind.createIndex({}).then((created) => {
    if (!created.index) throw failed("start", created.errors);
    return created.index;
  });

/**
 * The search index, written by Pagefind into `dist/pagefind/` from the episodes' search documents
 * (data/search-documents.ts), made from the model rather than read back from the pages. Pagefind,
 * a process of its own, starts with the build (`start`), so that it is ready when the pages are.
 *
 * With a cache folder, the documents are kept there once indexed. The next build hands them to
 * Pagefind as the pages begin (`handOver`), to add beside them: after a new episode, only its
 * documents are left to add once the pages are built. Where the documents changed otherwise (an
 * episode edited or deleted), that index is dropped and every document is added to a new one, as
 * a build with no cache does; the index written is the same either way.
 */
export function searchIndex() {
  let index: Promise<pagefind.PagefindIndex> | undefined;
  let early: Promise<{ documents: SearchDocument[]; added: Added[] }> | undefined;
  let store: string | undefined;
  return {
    start(cacheDir?: URL) {
      index = newIndex();
      index.catch(() => {}); // reported by `write`, which awaits it
      store = cacheDir && fileURLToPath(new URL(STORE, cacheDir));
    },
    /**
     * Adds the last build's documents, if the cache holds them. Handed over while Astro bundled,
     * they slowed the bundle: eight rebuilds after a new episode at 1,000 episodes took 4.48 s on
     * average that way, against 4.32 s handed over as the pages begin (`npm run bench`'s site).
     */
    handOver() {
      const last = index && store && !early ? readStore(store) : undefined;
      if (!index || !last?.length) return;
      early = index.then(async (ready) => ({ documents: last, added: await addAll(ready, last) }));
      early.catch(() => {}); // the index is then made again from nothing
    },
    /** Indexes every document and writes the index into `dir`; says what it did. */
    async write(documents: SearchDocument[], dir: URL): Promise<string> {
      const started = performance.now();
      const ordered = indexOrder(documents);
      try {
        let ready = await (index ?? failedToStart());
        const before = await early?.catch(() => undefined);
        const kept = before && sharedStart(before.documents, ordered) ? before : undefined;
        if (early && !kept) {
          await ready.deleteIndex();
          ready = await newIndex();
        }
        const added = [...(kept?.added ?? []), ...(await addAll(ready, ordered.slice(kept?.documents.length ?? 0)))];
        const errors = added.flatMap((page) => page.errors);
        if (errors.length) throw failed("index the site", errors);
        const output = `${fileURLToPath(dir)}pagefind`;
        const written = await ready.writeFiles({ outputPath: output });
        if (written.errors.length) throw failed("write", written.errors);
        for (const name of UNUSED) rmSync(`${output}/${name}`, { force: true });
        if (store) writeWhole(store, JSON.stringify(ordered));
        const ms = Math.round(performance.now() - started);
        const handed = kept ? ` (${kept.documents.length} of them handed over as the pages began)` : "";
        return `Search index: ${added.length} documents indexed and written in ${ms} ms${handed}`;
      } finally {
        index = undefined;
        early = undefined;
        await pagefind.close();
      }
    },
  };
}

const failedToStart = () => Promise.reject(new Error("Pagefind was not started with the build"));
