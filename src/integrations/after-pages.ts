import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import type { Plugin } from "vite";
import type { BuildFiles } from "../data/build-files.ts";
import { cardSources } from "../data/cards.ts";
import { nodeImport } from "../data/node-import.ts";
import { routes, withoutBase } from "../routes.ts";
import { checkFeed, type FeedLint, startFeedLint } from "./feed-check.ts";
import { checkOldFeedPaths, writeHostFiles } from "./hosting.ts";
import { forgetCacheWithoutStore, oneCspEverywhere } from "./page-policies.ts";
import { outputFile } from "./output.ts";
import { searchIndex } from "./search-index.ts";
import { type CardWorker, earlyCardWorker, writeCards } from "./social-cards.ts";

/** The module that makes the build's other files from the model, and the file the bundle gives it. */
const BUILD_FILES = fileURLToPath(new URL("../data/build-files.ts", import.meta.url));
const CHUNK = "build-files.mjs";

/**
 * Puts data/build-files.ts into the bundle the build renders its pages from, as a chunk of its own,
 * and says where it was written: run from there, it reads the collections through the same modules
 * and the same content store as the pages, in whichever thread.
 */
function bundleBuildFiles(written: (chunk: URL) => void): Plugin {
  return {
    name: "podcast-build-files",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "prerender",
    buildStart() {
      this.emitFile({ type: "chunk", id: BUILD_FILES, fileName: CHUNK, preserveSignature: "strict" });
    },
    writeBundle(options) {
      if (options.dir) written(pathToFileURL(join(options.dir, CHUNK)));
    },
  };
}

/** Work started after the pages, which build-done waits for: until then its failure is not unhandled. */
function started<T>(work: Promise<T>): Promise<T> {
  work.catch(() => {});
  return work;
}

/**
 * The build's files that are no pages and need every episode: the chapters files, the social
 * cards, the search index, the hosts' `_headers` and `_redirects`, then the check of the written
 * feed; and every page's Content Security Policy made the site's one. They are made from the model
 * once the pages are built, in one place: at `astro:build:generated` this integration runs
 * data/build-files.ts from the build's own bundle (still on disk until the build ends), and hands
 * what it returns to each step, all running beside each other until `astro:build:done`. Nothing
 * passes from the pages to here, so the build is the same whether the pages render in this thread
 * or in Astro's worker threads (`experimental.parallelPrerender`), and whether they were rendered
 * or restored from Astro's incremental cache.
 *
 * The dev server, which writes nothing after its pages, routes chapters files and cards to
 * endpoints that make each when asked; it has no search index.
 */
export function afterPages(): AstroIntegration {
  let chunk: URL | undefined;
  let cacheDir: URL | undefined;
  const search = searchIndex();
  let lint: FeedLint | undefined;
  let cardWorker: Promise<CardWorker> | undefined;
  let sources: string | undefined;
  let steps: Promise<string[]> | undefined;
  return {
    name: "podcast-after-pages",
    hooks: {
      "astro:config:setup": ({ command, injectRoute, updateConfig }) => {
        checkOldFeedPaths();
        if (command === "dev") {
          const route = (pattern: string, file: string) =>
            injectRoute({ pattern: withoutBase(pattern), entrypoint: new URL(file, import.meta.url) });
          route(routes.chapters("[slug]"), "./chapters-endpoint.ts");
          route(routes.card("[slug]"), "./card-endpoint.ts");
        }
        updateConfig({
          vite: {
            plugins: [
              bundleBuildFiles((written) => {
                chunk = written;
                // The pages come next: Pagefind takes the last build's documents beside them.
                search.handOver();
              }),
            ],
          },
        });
      },
      "astro:config:done": ({ config }) => {
        cacheDir = config.cacheDir;
      },
      // Pagefind, a process of its own, the feed's linter and a card drawer, worker threads, start
      // while Astro bundles, on the core it leaves free: ready when the pages are. The card drawer
      // starts only where the files cards are made from changed since the last build, as after every
      // new episode, and is stopped unless a card is missing from the cache.
      "astro:build:start": () => {
        if (cacheDir) forgetCacheWithoutStore(cacheDir);
        search.start(cacheDir);
        lint = startFeedLint();
        sources = cardSources();
        const drawer = earlyCardWorker(sources);
        cardWorker = drawer && started(drawer);
      },
      "astro:build:generated": async ({ dir }) => {
        if (!chunk) throw new Error(`The build's bundle has no ${CHUNK}: podcast-after-pages added it too late`);
        // Made here, while the bundle's files (imported lazily, such as MDX notes) are still there.
        const { buildFiles } = (await nodeImport(chunk)) as { buildFiles: () => Promise<BuildFiles> };
        const files = await buildFiles();
        const [lintFeed, drawer, cardsFrom] = [lint, cardWorker, sources];
        [lint, cardWorker, sources] = [undefined, undefined, undefined];
        const chapters = Promise.all(files.chapters.map(({ path, text }) => writeFile(outputFile(dir, path), text)));
        steps = started(
          Promise.all([
            search.write(files.documents, dir),
            writeCards(files.cards, dir, { early: drawer, sources: cardsFrom }),
            chapters.then(() => checkFeed(dir, new Map(files.feedFiles), lintFeed)),
            writeHostFiles(dir, files.aliases),
            oneCspEverywhere(dir, files.policy, cacheDir),
          ]).then((lines) => lines.flat()),
        );
      },
      "astro:build:done": async ({ logger }) => {
        if (steps) report(logger, await steps);
        steps = undefined;
      },
    },
  };
}

const report = (logger: AstroIntegrationLogger, lines: string[]) => lines.forEach((line) => logger.info(line));
