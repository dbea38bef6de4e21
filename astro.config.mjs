// @ts-check
import { defineConfig, fontProviders } from "astro/config";
import mdx from "@astrojs/mdx";
import show from "./src/show.config.ts";
import { BASE } from "./src/routes.ts";
import { afterPages } from "./src/integrations/after-pages.ts";
import { sitemapOfPages } from "./src/integrations/sitemap.ts";
import { fontVariants } from "./src/podcast/font.ts";
import { BASE_DIRECTIVES, inlineHash } from "./src/hosting/csp.ts";
import { INLINE_SCRIPTS, INLINE_STYLES } from "./src/layouts/inline.ts";

const outDir = new URL("./dist/", import.meta.url);

/** `experimental.parallelPrerender` from the variable: off when unset, `auto` for Astro's choice, or a count. */
function parallelPrerender(/** @type {string | undefined} */ value) {
  if (!value) return false;
  if (value === "auto") return true;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`PARALLEL_PRERENDER — expected auto or a number of worker threads, found "${value}"`);
  return { workers };
}

export default defineConfig({
  site: show.site,
  // A site under a sub-path (`https://user.github.io/show/`) is served there: the show config's
  // `site` says where, and every URL comes from src/routes.ts, which reads the same setting.
  base: BASE || "/",
  outDir: outDir.pathname,
  trailingSlash: "ignore",
  // After the pages: the chapters files, social cards and search index, the written feed's check,
  // and the hosts' `_headers` and `_redirects`.
  integrations: [mdx(), sitemapOfPages(), afterPages()],
  // Sixteen pages render at once, so that rendering overlaps writing files (each page is written
  // twice, into dist/ and into the incremental cache): with 1,000 episodes the pages take 2.7 s,
  // against 2.9 s with four at once and about a fifth more with one (npm run bench).
  // Every page links the site's one stylesheet (`cssCodeSplit: false` below), 8 KB compressed,
  // which a listener's browser fetches once and keeps (its name changes with its content): inlined,
  // the same 26–32 KB of CSS was in every page, sent again on each navigation, written twice by the
  // build and hashed for each page's policy. Lighthouse scores 100 either way (npm run lighthouse).
  build: { inlineStylesheets: "never", concurrency: 16 },
  // The show's optional font, self-hosted from its Fontsource package (Latin subset, swap); the
  // layout preloads it. Without one, pages use the system's fonts and load no font file.
  fonts: show.font
    ? [
        {
          provider: fontProviders.local(),
          name: show.font.family,
          cssVariable: "--font-show",
          fallbacks: ["system-ui", "sans-serif"],
          options: { variants: fontVariants(show.font) },
        },
      ]
    : undefined,
  // Kept out of node_modules so that scratch copies of the site (tests, benchmarks) that link
  // node_modules do not share one content cache.
  cacheDir: "./.astro/cache",
  // A Content Security Policy on every page, the same on all (src/hosting/csp.ts): Astro hashes the
  // scripts and styles it writes into each page's <meta>, the layout adds the hosts the pages load
  // from, and here are the hashes of what pages carry written as it is (src/layouts/inline.ts).
  // Pagefind runs its WebAssembly in a worker, or in the page where no worker starts:
  // 'wasm-unsafe-eval' allows that (and no eval of script).
  security: {
    csp: {
      directives: [...BASE_DIRECTIVES],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPTS.map(inlineHash) },
      styleDirective: { hashes: INLINE_STYLES.map(inlineHash) },
    },
  },
  // Shiki colours code with style attributes, which the policy refuses (and the notes' sanitizer
  // drops): code blocks are set by the site's own CSS instead.
  markdown: { syntaxHighlight: false },
  // Scratch copies link each package of node_modules from the project. Resolved to their real
  // paths, files outside the copy's root (the client router's component and its style) are looked
  // up under the root and not found; kept as linked, they stay inside it.
  vite: { resolve: { preserveSymlinks: true }, build: { cssCodeSplit: false } },
  experimental: {
    // A page whose `cacheKey` (src/data/page-keys.ts) and code are unchanged is restored from the
    // last build (in cacheDir) instead of rendered again (integration/incremental.test.ts).
    incrementalBuild: true,
    // PARALLEL_PRERENDER=<n> renders the pages in n worker threads (`auto`: one a core but one); the
    // build's output is the same either way (integration/parallel.test.ts).
    parallelPrerender: parallelPrerender(process.env.PARALLEL_PRERENDER),
  },
});
