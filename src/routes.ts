import show from "./show.config.ts";

/**
 * Every URL the site makes, and nothing else makes one. Paths carry the base path the site is
 * served under: `site: "https://user.github.io/show/"` in the show config serves every page under
 * `/show/` (Astro's `base`, set from it in astro.config.mjs).
 */

/** `""` for a site at the root of its domain, else the sub-path without its trailing slash. */
export const BASE = new URL(show.site).pathname.replace(/\/+$/, "");

/** A path of the site (`/episodes/`), as served under the base path. */
export const withBase = (path: string) => `${BASE}${path}`;

/** The site path (`/episodes/`) of a served path (`/show/episodes/`). */
export const withoutBase = (path: string) =>
  BASE && (path === BASE || path.startsWith(`${BASE}/`)) ? path.slice(BASE.length) || "/" : path;

/** A served path as the absolute URL that feeds, canonical links and social cards need. */
export const absolute = (path: string) => new URL(path, show.site).href;

export const routes = {
  home: () => withBase("/"),
  /** The paged list of every episode. */
  episodes: (page = 1) => withBase(page > 1 ? `/episodes/${page}/` : "/episodes/"),
  episode: (slug: string) => withBase(`/episodes/${slug}/`),
  /** A file served beside an episode's page: page-bundle files, chapters. */
  episodeFile: (slug: string, name: string) => withBase(`/episodes/${slug}/${name}`),
  chapters: (slug: string) => withBase(`/episodes/${slug}/chapters.json`),
  seasons: () => withBase("/seasons/"),
  season: (number: number) => withBase(`/seasons/${number}/`),
  feed: () => withBase("/rss.xml"),
  /** A file of `public/`, by its path there (`/cover.png`). */
  asset: (path: string) => withBase(path),
};

/**
 * The pages of `src/pages`, each with the site paths it owns, so that an episode's alias never
 * takes one. A route whose pages are the episodes' own (`[slug]`) claims nothing here: the catalog
 * knows which episodes exist, and an old episode URL is just what an alias is for.
 */
export const PAGES: readonly { file: string; what: string; claims?: RegExp }[] = [
  { file: "index.astro", what: "the home page", claims: /^\/(index\.html)?$/ },
  { file: "404.astro", what: "the page for missing pages", claims: /^\/404(\/|\.html)$/ },
  { file: "[...alias].astro", what: "an episode's old URL" },
  { file: "rss.xml.ts", what: "the podcast feed", claims: /^\/rss\.xml$/ },
  { file: "episodes/[...page].astro", what: "a page of the episode list", claims: /^\/episodes\/(\d+\/)?$/ },
  { file: "episodes/[slug].astro", what: "an episode page" },
  { file: "episodes/[slug]/[file].ts", what: "a file of an episode's page bundle" },
  { file: "episodes/[slug]/chapters.json.ts", what: "an episode's chapters" },
  { file: "seasons/index.astro", what: "the season pages", claims: /^\/seasons\// },
  { file: "seasons/[season].astro", what: "the season pages", claims: /^\/seasons\// },
];

/** Paths the site writes that are not pages of `src/pages`. */
const BUILT: readonly { what: string; claims: RegExp }[] = [
  { what: "the sitemap", claims: /^\/sitemap[\w-]*\.xml$/ },
  { what: "the site's scripts and styles", claims: /^\/_astro\// },
];

/** What a site path (without the base) already is, if anything: an alias there would clash with it. */
export function ownerOf(path: string): string | undefined {
  return [...PAGES, ...BUILT].find((route) => route.claims?.test(path))?.what;
}

/** What already owns an episode's URL, if a route of the site does: a file `2.md` would be page 2 of the list. */
export const ownerOfSlug = (slug: string) => ownerOf(withoutBase(routes.episode(slug)));
