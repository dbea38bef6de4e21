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
import { writeOutputs } from "./output.ts";
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

/** Work started before `astro:build:done`, which waits for it: until then its failure is not unhandled. */
function started<T>(work: Promise<T>): Promise<T> {
  work.catch(() => {});
  return work;
}

/** The files made from the model, and the steps begun from them that need no page. */
interface Begun {
  files: BuildFiles;
  /** The steps that need only the model, which run while the pages render. */
  lines: Promise<string[]>;
  /** The chapters files, written: the feed's check reads them. */
  chapters: Promise<void>;
}

/**
 * The build's files that are no pages and need every episode: the chapters files, the social
 * cards, the search index, the hosts' `_headers` and `_redirects`, then the check of the written
 * feed. They are made from the model in one place, data/build-files.ts, run from the bundle the
 * pages render from (still on disk until the build ends), and each step starts as soon as what it
 * reads is there:
 *
 * - the search index, the cards, the chapters and host files need only the model: they start as the
 *   pages begin, in Pagefind's process and the card drawer's threads, on the core Astro's rendering
 *   leaves free. Astro says when its pages begin only to a prerenderer, so the integration wraps its
 *   own (`setPrerenderer`), which loads the bundle with its manifest. With Astro's worker threads
 *   (`experimental.parallelPrerender`), which run only with Astro's own prerenderer, they start once
 *   the pages are built;
 * - the feed's check reads the feed as written: `astro:build:generated`.
 *
 * `astro:build:done` waits for all of them. Nothing passes from the pages to here, so the build is
 * the same whether the pages render in this thread or in workers, and whether they were rendered or
 * restored from Astro's incremental cache.
 *
 * The dev server, which writes nothing after its pages, routes chapters files and cards to
 * endpoints that make each when asked; it has no search index.
 */
export function afterPages(): AstroIntegration {
  let outDir: URL | undefined;
  let parallel = false;
  let chunk: URL | undefined;
  const search = searchIndex();
  let lint: FeedLint | undefined;
  let cardWorker: Promise<CardWorker> | undefined;
  let sources: string | undefined;
  let begun: Promise<Begun> | undefined;
  let steps: Promise<string[]> | undefined;

  /** Makes the model's files from the bundle and starts the steps that need no page; `when` is for the log. */
  async function begin(dir: URL, when: string): Promise<Begun> {
    if (!chunk) throw new Error(`The build's bundle has no ${CHUNK}: podcast-after-pages added it too late`);
    const start = performance.now();
    const { buildFiles } = (await nodeImport(chunk)) as { buildFiles: () => Promise<BuildFiles> };
    const files = await buildFiles();
    const made = `Files from the model: made in ${Math.round(performance.now() - start)} ms, ${when}`;
    const [drawer, cardsFrom] = [cardWorker, sources];
    [cardWorker, sources] = [undefined, undefined];
    const chapters = started(writeOutputs(dir, files.chapters));
    const lines = started(
      Promise.all([
        made,
        search.write(files.documents, dir),
        writeCards(files.cards, dir, { early: drawer, sources: cardsFrom }),
        writeHostFiles(dir, files.aliases),
      ]).then((all) => all.flat()),
    );
    return { files, lines, chapters };
  }

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
        updateConfig({ vite: { plugins: [bundleBuildFiles((written) => (chunk = written))] } });
      },
      "astro:config:done": ({ config }) => {
        outDir = config.outDir;
        parallel = Boolean(config.experimental.parallelPrerender);
      },
      // Pagefind, a process of its own, the feed's linter and a card drawer, worker threads, start
      // while Astro bundles, on the core it leaves free: ready when the model's files are. The card
      // drawer starts only where the files cards are made from changed since the last build, as
      // after every new episode, and is stopped unless a card is missing from the cache.
      "astro:build:start": ({ setPrerenderer }) => {
        search.start();
        lint = startFeedLint();
        sources = cardSources();
        const drawer = earlyCardWorker(sources);
        cardWorker = drawer && started(drawer);
        if (parallel || !outDir) return;
        const dir = outDir;
        setPrerenderer((pages) => ({
          ...pages,
          setup: async () => {
            await pages.setup?.();
            begun = started(begin(dir, "as the pages began"));
          },
        }));
      },
      "astro:build:generated": async ({ dir }) => {
        const { files, lines, chapters } = await (begun ?? begin(dir, "once the pages were built"));
        const lintFeed = lint;
        [begun, lint] = [undefined, undefined];
        steps = started(
          Promise.all([lines, chapters.then(() => checkFeed(dir, new Map(files.feedFiles), lintFeed))]).then((all) =>
            all.flat(),
          ),
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
