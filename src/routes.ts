import { atMoment } from "./podcast/timestamp.ts";
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

/** The query that opens the episode page it is on at a moment: `?t=754` (see `atMoment`). */
export const momentQuery = (seconds: number) => atMoment("", seconds);

/**
 * A media URL through the show's chain of analytics prefixes, the first prefix outermost. Each
 * service redirects to what follows its prefix, and OP3, Podtrac and the like document the inner
 * URL without its `https://` (a scheme is only needed for `http:`, which the site never serves):
 * `https://op3.dev/e/` then `https://dts.podtrac.com/redirect.mp3/` on
 * `https://cdn.example.com/a.mp3` is
 * `https://op3.dev/e/dts.podtrac.com/redirect.mp3/cdn.example.com/a.mp3`.
 */
export function throughPrefixes(url: string, prefixes: readonly string[]): string {
  return prefixes.reduceRight((inner, prefix) => `${prefix}${inner.replace(/^https:\/\//i, "")}`, url);
}

/** The media URL inside a chain of prefixes (`throughPrefixes` undone): the file the site serves. */
export function withoutPrefixes(url: string, prefixes: readonly string[]): string {
  let inner = url;
  for (const prefix of prefixes) {
    if (!inner.startsWith(prefix)) return url;
    inner = `https://${inner.slice(prefix.length)}`;
  }
  return inner;
}

/**
 * Where listeners fetch a media file of an episode (the player's audio, a video): through the
 * show's analytics prefixes where it has some, else the file's own address.
 */
export const listenUrl = (url: string) =>
  show.analytics ? throughPrefixes(absolute(url), show.analytics.prefixes) : url;

const OSM_KINDS: Record<string, string> = { N: "node", W: "way", R: "relation" };

/** A place's page on OpenStreetMap, from its id (`R113314`), where the place gives one. */
export const mapUrl = (osm: string | undefined) =>
  osm && `https://www.openstreetmap.org/${OSM_KINDS[osm[0]]}/${osm.slice(1).replace(/#.*$/, "")}`;

/** A licence's text: the URL a licence of its own gives, else the SPDX page of its id. */
export const licenseUrl = (license: { name: string; url?: string }) =>
  license.url ?? `https://spdx.org/licenses/${license.name}.html`;

export const routes = {
  home: () => withBase("/"),
  /** The paged list of every episode. */
  episodes: (page = 1) => withBase(page > 1 ? `/episodes/${page}/` : "/episodes/"),
  episode: (slug: string) => withBase(`/episodes/${slug}/`),
  /** A file served beside an episode's page: page-bundle files, chapters. */
  episodeFile: (slug: string, name: string) => withBase(`/episodes/${slug}/${name}`),
  chapters: (slug: string) => withBase(`/episodes/${slug}/chapters.json`),
  /** The page of an episode's transcript, with the player. */
  transcript: (slug: string) => withBase(`/episodes/${slug}/transcript/`),
  /** The transcript in a format derived from the editor's file: `vtt`, `srt` or `json`. */
  transcriptFile: (slug: string, format: string) => withBase(`/episodes/${slug}/transcript/transcript.${format}`),
  seasons: () => withBase("/seasons/"),
  season: (number: number) => withBase(`/seasons/${number}/`),
  feed: () => withBase("/rss.xml"),
  guests: () => withBase("/guests/"),
  guest: (slug: string) => withBase(`/guests/${slug}/`),
  tags: () => withBase("/tags/"),
  tag: (slug: string, page = 1) => withBase(page > 1 ? `/tags/${slug}/${page}/` : `/tags/${slug}/`),
  search: () => withBase("/search/"),
  subscribe: () => withBase("/subscribe/"),
  about: () => withBase("/about/"),
  /** An episode's 1200×630 Open Graph image. */
  card: (slug: string) => withBase(`/cards/${slug}.png`),
  robots: () => withBase("/robots.txt"),
  manifest: () => withBase("/manifest.webmanifest"),
  /** The favicons and app icons made from the cover art, by size in pixels. */
  icon: (size: number) => withBase(`/icons/${size}.png`),
  sitemap: () => withBase("/sitemap-index.xml"),
  /** Pagefind's index and scripts, written after the build. */
  pagefind: (file: string) => withBase(`/pagefind/${file}`),
  /** A file of `public/`, by its path there (`/cover.png`). */
  asset: (path: string) => withBase(path),
  /** Where Astro writes the scripts, styles and images it names by their content (`build.assets`). */
  assets: () => withBase("/_astro/"),
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
  { file: "episodes/[slug]/transcript/index.astro", what: "an episode's transcript" },
  { file: "episodes/[slug]/transcript/[file].ts", what: "an episode's transcript in another format" },
  { file: "seasons/index.astro", what: "the season pages", claims: /^\/seasons\// },
  { file: "seasons/[season].astro", what: "the season pages", claims: /^\/seasons\// },
  { file: "guests/index.astro", what: "the guest pages", claims: /^\/guests\// },
  { file: "guests/[slug].astro", what: "the guest pages", claims: /^\/guests\// },
  { file: "tags/index.astro", what: "the tag pages", claims: /^\/tags\// },
  { file: "tags/[tag]/[...page].astro", what: "the tag pages", claims: /^\/tags\// },
  { file: "search.astro", what: "the search page", claims: /^\/search\/$/ },
  { file: "subscribe.astro", what: "the subscribe page", claims: /^\/subscribe\/$/ },
  { file: "about.astro", what: "the about page", claims: /^\/about\/$/ },
  { file: "icons/[size].png.ts", what: "the site's icons", claims: /^\/icons\// },
  { file: "robots.txt.ts", what: "robots.txt", claims: /^\/robots\.txt$/ },
  { file: "manifest.webmanifest.ts", what: "the web app manifest", claims: /^\/manifest\.webmanifest$/ },
];

/** Paths the site writes that are not pages of `src/pages`. */
const BUILT: readonly { what: string; claims: RegExp }[] = [
  // Written beside the pages (src/integrations/social-cards.ts); the dev server routes them there.
  { what: "the episodes' social cards", claims: /^\/cards\// },
  { what: "the sitemap", claims: /^\/sitemap[\w-]*\.xml$/ },
  { what: "the site's scripts and styles", claims: /^\/_astro\// },
  { what: "the search index", claims: /^\/pagefind\// },
  // Written beside the pages (src/integrations/hosting.ts), for hosts that read them.
  { what: "the host's headers and redirects files", claims: /^\/_(headers|redirects)$/ },
];

/** What a page or file the site writes is at a site path (without the base), if anything. */
export function ownerOfPage(path: string): string | undefined {
  return [...PAGES, ...BUILT].find((route) => route.claims?.test(path))?.what;
}

/**
 * What a site path (without the base) already is, if anything: an alias there would clash with it.
 * The feed's old addresses (`oldFeedPaths`) redirect to it, so they are taken too.
 */
export function ownerOf(path: string): string | undefined {
  if (show.oldFeedPaths.includes(path)) return "an old address of the feed (oldFeedPaths in src/show.config.ts)";
  return ownerOfPage(path);
}

/** What already owns an episode's URL, if a route of the site does: a file `2.md` would be page 2 of the list. */
export const ownerOfSlug = (slug: string) => ownerOf(withoutBase(routes.episode(slug)));
