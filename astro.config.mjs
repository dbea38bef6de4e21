// @ts-check
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import show from "./src/show.config.ts";
import { feedCheck } from "./src/integrations/feed-check.ts";

const outDir = new URL("./dist/", import.meta.url);

/**
 * Alias pages only redirect, so they stay out of the sitemap.
 * @param {string} url
 */
function isRedirectPage(url) {
  const path = new URL(url).pathname;
  if (!path.endsWith("/")) return false;
  try {
    const html = readFileSync(new URL(`.${path}index.html`, outDir), "utf8");
    return html.includes('http-equiv="refresh"');
  } catch {
    return false;
  }
}

export default defineConfig({
  site: show.site,
  outDir: outDir.pathname,
  trailingSlash: "ignore",
  integrations: [mdx(), sitemap({ filter: (page) => !isRedirectPage(page) }), feedCheck()],
  // Four pages render at once, so that rendering overlaps writing files: about a fifth faster with
  // 1,000 episodes (npm run bench).
  build: { inlineStylesheets: "always", concurrency: 4 },
  // Kept out of node_modules so that scratch copies of the site (tests, benchmarks) that link
  // node_modules do not share one content cache.
  cacheDir: "./.astro/cache",
});
