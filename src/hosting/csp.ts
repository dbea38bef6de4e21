import { createHash } from "node:crypto";
import type { Catalog } from "../podcast/catalog.ts";
import type { Show } from "../podcast/show.ts";

/**
 * The site's Content Security Policy, beside the script and style hashes Astro adds itself
 * (`security.csp` in astro.config.mjs): what each page may load, and from where.
 *
 * Every page carries the same policy. The client router keeps one document across navigations
 * and adds each new page's `<meta>` policy to those already in force, and a browser lets through
 * only what every policy allows: a page whose policy named fewer audio hosts would stop the
 * player, which plays on across pages, from seeking in an episode of another host. Each page is
 * written with it: Astro adds the hashes of the site's scripts and styles, the same on every page,
 * astro.config.mjs those of what the site writes inline (`inlineHash`), and the layout the hosts
 * all the pages load from (`contentDirectives` of `policySources`, which src/middleware.ts hands it).
 */

/** What every page allows, whatever the content. */
export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
] as const;

/**
 * The part of the policy that travels as a header (`dist/_headers`): what a `<meta>` cannot say
 * (`frame-ancestors`), and what holds for every file the site serves.
 */
export const HEADER_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

/** The origins of the hosts beyond the site that pages load from, by kind. */
export interface PolicySources {
  /** Audio and video: the episodes' remote files, and the show's analytics prefixes. */
  media: string[];
  /** Images: remote art of episodes, guests and hosts. */
  images: string[];
  /** Embedded players: the show config's `allowEmbeds`. */
  frames: string[];
}

const origin = (url: string | undefined) => {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};
const origins = (urls: readonly (string | undefined)[]) =>
  [...new Set(urls.map(origin).filter((o): o is string => Boolean(o)))].sort();

/**
 * Exactly the hosts the published episodes, the guest profiles and the show config use, and those
 * the pages' HTML from content loads from (`html`: the show notes, bios and About page, as the pages
 * show them). The site's own address (`site`) counts too: the player names the art by it for the
 * lock screen, and a preview of the site served elsewhere (a branch's deploy) loads it from there.
 */
export function policySources(
  catalog: Pick<Catalog, "published" | "guests">,
  show: Pick<Show, "site" | "hosts" | "allowEmbeds" | "analytics">,
  html: readonly string[] = [],
): PolicySources {
  // Origins already, which `origins` keeps as they are.
  const loaded = html.map((text) => pageSources(text));
  return {
    // An analytics prefix redirects to the next, then to the file: the policy allows every step.
    media: origins([
      show.site,
      ...(show.analytics?.prefixes ?? []),
      ...catalog.published.flatMap((episode) => [episode.audio?.url, ...episode.alternates.map((a) => a.url)]),
      ...loaded.flatMap((page) => page.media),
    ]),
    images: origins([
      show.site,
      ...catalog.published.flatMap((episode) => [episode.image, ...episode.guests.map((guest) => guest.image)]),
      ...catalog.guests.map((guest) => guest.image),
      ...show.hosts.map((host) => host.image),
      ...loaded.flatMap((page) => page.images),
    ]),
    frames: origins(show.allowEmbeds.map((host) => `https://${host}/`)),
  };
}

/** A tag that loads a file, with its attributes: what a page's own HTML makes it fetch. */
const LOADING_TAG = /<(img|video|audio|source|track)\b([^>]*)>/gi;
const URL_ATTRIBUTE = /\s(src|srcset|poster)\s*=\s*"([^"]*)"/gi;

/**
 * The hosts beyond the site that HTML loads images and media from: `<img>` and `<picture>`
 * sources, posters, `<audio>`, `<video>` and their sources and tracks. Show notes, the About page
 * and guests' bios may name any https host (the sanitizer lets remote files through), and MDX may
 * render one from a component; their HTML, as the pages show it, names each, where the model knows
 * only the front matter's.
 */
export function pageSources(html: string): Pick<PolicySources, "images" | "media"> {
  const images: string[] = [];
  const media: string[] = [];
  for (const [, tag, attributes] of html.matchAll(LOADING_TAG)) {
    for (const [, name, value] of attributes.matchAll(URL_ATTRIBUTE)) {
      const urls = name === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/)[0]) : [value];
      // A picture's <source> offers images by srcset; an <audio> or <video>'s offers media by src.
      const image = tag.toLowerCase() === "img" || name === "poster" || name === "srcset";
      (image ? images : media).push(...urls);
    }
  }
  return { images: origins(images), media: origins(media) };
}

const directive = <Name extends string>(name: Name, sources: readonly string[]) =>
  [name, ...sources].join(" ") as `${Name} ${string}`;

/** The directives that come from the content: the site plus exactly the hosts it uses. */
export function contentDirectives({ media, images, frames }: PolicySources) {
  return [
    directive("img-src", ["'self'", ...images]),
    directive("media-src", ["'self'", ...media]),
    directive("frame-src", frames.length ? frames : ["'none'"]),
  ];
}

/**
 * Adds the content's directives to a page's policy (`Astro.csp`), from the hosts the build hands
 * every page (src/middleware.ts): the dev server, which writes no policy, hands none.
 */
export function addContentDirectives(
  csp: { insertDirective(directive: ReturnType<typeof contentDirectives>[number]): void } | undefined,
  sources: PolicySources | undefined,
): void {
  if (csp && sources) for (const directive of contentDirectives(sources)) csp.insertDirective(directive);
}

/**
 * The policy's hash of a script or style the site writes into a page as it is (`is:inline` with
 * `set:html`), which Astro does not hash: `sha256-…` of its text. astro.config.mjs gives every
 * page these hashes, so that every page carries the same policy.
 */
export function inlineHash(text: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(text).digest("base64")}`;
}
