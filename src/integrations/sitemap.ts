import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { withoutBase } from "../routes.ts";

/** The route of `src/pages/[...alias].astro`, as Astro names it to integrations. */
const ALIAS_ROUTE = "/[...alias]";

/**
 * The sitemap, without the alias pages: they only redirect, so search engines should index the
 * episode page they lead to. Astro says which files the alias route wrote, so no page is read back
 * (reading 1,000 built pages for their refresh took a fifth of a second).
 */
export function sitemapOfPages(): AstroIntegration[] {
  const aliases = new Set<string>();
  return [
    {
      name: "podcast-sitemap-aliases",
      hooks: {
        "astro:build:done": ({ dir, assets }) => {
          for (const file of assets.get(ALIAS_ROUTE) ?? []) {
            const path = `/${relative(fileURLToPath(dir), fileURLToPath(file)).replaceAll("\\", "/")}`;
            aliases.add(path.replace(/index\.html$/, ""));
          }
        },
      },
    },
    // Listed after the hook above, so its build-done step sees the aliases.
    sitemap({ filter: (page) => !aliases.has(withoutBase(new URL(page).pathname)) }),
  ];
}
