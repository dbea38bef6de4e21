import { CACHE, CONTENT_TYPE, type HeaderRule } from "./headers.ts";
import { SHOW_CONFIG } from "../podcast/show.ts";
import type { Problem } from "../problems.ts";
import { ownerOfPage, routes, withoutBase } from "../routes.ts";

/**
 * The site's rules for hosts: the headers of each kind of file it writes (`_headers`), and the
 * old addresses of the feed it may redirect (`_redirects`).
 *
 * Both hosts apply every header rule whose path matches a request, and Cloudflare joins the values
 * of a header that two rules set with a comma (`max-age=0, …, immutable`), where Netlify keeps one:
 * so no two rules that can match one path set the same header.
 */

/** Podcast web apps fetch these from their own origin. */
const SHARED = { "Access-Control-Allow-Origin": "*" };

/** Headers that tell a browser what the site never needs, on every response. */
function security(policy: string): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  };
}

const site = (path: string) => withoutBase(path);

/** The site's pages, by the paths they are served at: home, lists, episodes, transcripts, seasons… */
function pagePaths(): string[] {
  return [
    routes.home(),
    routes.episodes(),
    // An episode's page, and the list's further pages (`routes.episodes(2)`), which share its pattern.
    routes.episode(":slug"),
    routes.transcript(":slug"),
    `${routes.seasons()}*`,
    `${routes.guests()}*`,
    `${routes.tags()}*`,
    routes.search(),
    routes.subscribe(),
    routes.about(),
    routes.asset("/404.html"),
  ].map(site);
}

/**
 * Every rule of the site's `_headers`, its paths under `base` (the sub-path the site is served
 * at, `""` at the root). `policy` is the Content-Security-Policy sent as a header: what a page's
 * `<meta>` cannot say (`frame-ancestors`).
 */
export function headerRules({ base, policy }: { base: string; policy: string }): HeaderRule[] {
  const rules: HeaderRule[] = [
    { why: "Every response", path: "/*", headers: security(policy) },
    {
      why: "Scripts and styles, named by their content",
      path: `${site(routes.assets())}*`,
      headers: { "Cache-Control": CACHE.hashed },
    },
    ...pagePaths().map((path, i) => ({ why: i ? "" : "Pages", path, headers: { "Cache-Control": CACHE.page } })),
    {
      why: "The podcast feed",
      path: site(routes.feed()),
      headers: { "Content-Type": CONTENT_TYPE.feed, ...SHARED, "Cache-Control": CACHE.polled },
    },
    {
      why: "Chapters",
      path: site(routes.chapters(":slug")),
      headers: { "Content-Type": CONTENT_TYPE.json, ...SHARED, "Cache-Control": CACHE.polled },
    },
    {
      why: "Transcripts: JSON, WebVTT (the derived ones and an editor's own), SRT",
      path: site(routes.transcriptFile(":slug", "json")),
      headers: { "Content-Type": CONTENT_TYPE.json, ...SHARED, "Cache-Control": CACHE.polled },
    },
    {
      why: "",
      path: "/*.vtt",
      headers: { "Content-Type": CONTENT_TYPE.vtt, ...SHARED, "Cache-Control": CACHE.polled },
    },
    {
      why: "",
      path: "/*.srt",
      headers: { "Content-Type": CONTENT_TYPE.srt, ...SHARED, "Cache-Control": CACHE.polled },
    },
    { why: "Social cards", path: site(routes.card("*")), headers: { ...SHARED, "Cache-Control": CACHE.polled } },
  ];
  return rules.map((rule) => ({ ...rule, path: `${base}${rule.path}` }));
}

/** An old address of the feed that a page or file of the site answers at. */
export function oldFeedPathProblems(paths: readonly string[]): Problem[] {
  return paths.flatMap((path, index) => {
    const owner = ownerOfPage(path);
    return owner
      ? [
          {
            file: SHOW_CONFIG,
            field: `oldFeedPaths.${index}`,
            message: `expected an old address of the feed that the site no longer serves, found "${path}", ${owner}`,
          },
        ]
      : [];
  });
}
