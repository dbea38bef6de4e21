import show from "../show.config.ts";
import { derivePalette, paletteCss } from "../podcast/palette.ts";

/**
 * What the pages carry written as it is (`is:inline` with `set:html`), which Astro does not hash:
 * astro.config.mjs gives their hashes to every page's Content Security Policy, so that every page
 * carries the same one (src/hosting/csp.ts).
 */

/** The accent and its dark variant, checked for contrast when the show config loads (layouts/Base.astro). */
export const palette = paletteCss(derivePalette(show.accent));

/**
 * A search page opened with a query shows its hits, not the latest episodes, from the first paint:
 * it runs before the page is painted (pages/search.astro).
 */
export const openedWithQuery = `if (new URLSearchParams(location.search).get("q")) {
  const found = document.querySelector("[data-found]");
  found.classList.add("searching");
  found.querySelector("[data-search-start]").hidden = true;
}`;

export const INLINE_STYLES = [palette];
export const INLINE_SCRIPTS = [openedWithQuery];
