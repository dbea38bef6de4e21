import { readFileSync } from "node:fs";
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { withoutBase } from "../routes.ts";

/**
 * The sitemap, without the alias pages: they only redirect, so search engines should index the
 * episode page they lead to. An alias page is told by its refresh, read from the built page.
 */
export function sitemapOfPages(outDir: URL): AstroIntegration {
  const isRedirectPage = (url: string) => {
    const path = withoutBase(new URL(url).pathname);
    if (!path.endsWith("/")) return false;
    try {
      return readFileSync(new URL(`.${path}index.html`, outDir), "utf8").includes('http-equiv="refresh"');
    } catch {
      return false;
    }
  };
  return sitemap({ filter: (page) => !isRedirectPage(page) });
}
