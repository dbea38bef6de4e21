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
 * player, which plays on across pages, from seeking in an episode of another host.
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
 * Exactly the hosts the published episodes, the guest profiles and the show config use. The site's
 * own address (`site`) counts too: the player names the art by it for the lock screen, and a
 * preview of the site served elsewhere (a branch's deploy) loads it from there.
 */
export function policySources(
  catalog: Pick<Catalog, "published" | "guests">,
  show: Pick<Show, "site" | "hosts" | "allowEmbeds" | "analytics">,
): PolicySources {
  return {
    // An analytics prefix redirects to the next, then to the file: the policy allows every step.
    media: origins([
      show.site,
      ...(show.analytics?.prefixes ?? []),
      ...catalog.published.flatMap((episode) => [episode.audio?.url, ...episode.alternates.map((a) => a.url)]),
    ]),
    images: origins([
      show.site,
      ...catalog.published.flatMap((episode) => [episode.image, ...episode.guests.map((guest) => guest.image)]),
      ...catalog.guests.map((guest) => guest.image),
      ...show.hosts.map((host) => host.image),
    ]),
    frames: origins(show.allowEmbeds.map((host) => `https://${host}/`)),
  };
}

/** UTF-8 text that was read a byte a character (Latin-1), as it was written. */
const fromLatin1 = (text: string) =>
  /[^\x00-\x7f]/.test(text) ? new TextDecoder().decode(Uint8Array.from(text, (c) => c.charCodeAt(0))) : text;

/** A tag that loads a file, with its attributes: what a page's own HTML makes it fetch. */
const LOADING_TAG = /<(img|video|audio|source|track)\b([^>]*)>/gi;
const URL_ATTRIBUTE = /\s(src|srcset|poster)\s*=\s*"([^"]*)"/gi;

/**
 * The hosts beyond the site that a built page's own HTML loads images and media from: `<img>`
 * and `<picture>` sources, posters, `<audio>`, `<video>` and their sources and tracks. Show notes,
 * the About page and guests' bios may name any https host (the sanitizer lets remote files
 * through), and MDX may render one from a component; reading the page as built finds each, where
 * the model knows only the front matter's. With `latin1`, the page was read a byte a character, which
 * is several times quicker than decoding it whole: a URL with other characters is decoded alone.
 */
export function pageSources(html: string, { latin1 = false } = {}): Pick<PolicySources, "images" | "media"> {
  const images: string[] = [];
  const media: string[] = [];
  for (const [, tag, attributes] of html.matchAll(LOADING_TAG)) {
    for (const [, name, written] of attributes.matchAll(URL_ATTRIBUTE)) {
      const value = latin1 ? fromLatin1(written) : written;
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

/** A policy as directive names with their sources, in the order first written. */
type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const known = policy.get(name.toLowerCase()) ?? [];
    policy.set(name.toLowerCase(), [...new Set([...known, ...sources])]);
  }
  return policy;
}

/** Whether two policies say the same: the same directives, each with the same sources, in any order. */
function samePolicy(a: Policy, b: Policy): boolean {
  if (a.size !== b.size) return false;
  for (const [name, values] of a) {
    const other = new Set(b.get(name));
    if (values.length !== other.size || !values.every((value) => other.has(value))) return false;
  }
  return true;
}

/**
 * One policy for every page, from the policies Astro gave each: every page's script and style
 * hashes, and the content's hosts. The client router keeps one document and adds each page's
 * policy to those in force, so a policy that differs from page to page would block the next page's
 * own scripts or styles; one policy that allows what any page needs keeps them all.
 *
 * Each page is written with its policy already (the layout adds the model's hosts, and
 * astro.config.mjs the hashes of what the site writes inline), so a page's own policy, as Astro
 * wrote it, is usually the site's: that text is kept, and such pages are not written again. Only
 * hosts that no page's policy names (a remote image in show notes, found in the built HTML) make a
 * policy of the site's own, in this function's words. Either way the text depends only on the
 * pages' policies and the sources, whichever pages the build rendered.
 */
export function sitePolicy(pagePolicies: Iterable<string>, sources: PolicySources): string {
  const texts = [...pagePolicies].sort();
  const policy: Policy = new Map();
  for (const text of texts) {
    for (const [name, values] of parsePolicy(text))
      policy.set(name, [...new Set([...(policy.get(name) ?? []), ...values])]);
  }
  for (const [name, values] of parsePolicy(contentDirectives(sources).join(";"))) policy.set(name, values);
  return (
    texts.find((text) => samePolicy(parsePolicy(text), policy)) ??
    [...policy].map(([name, values]) => `${[name, ...values].join(" ")};`).join(" ")
  );
}

/** The `<meta>` Astro writes a page's policy in, up to where the policy starts. */
const META = /<meta http-equiv="content-security-policy" content="/i;

/**
 * Where a page's policy lies in its text, from its first character to the quote that ends it, if
 * it has one. In a page read as Latin-1 (a character a byte), these are byte offsets.
 */
export function policySpan(html: string): [from: number, to: number] | undefined {
  const found = META.exec(html);
  if (!found) return undefined;
  const from = found.index + found[0].length;
  const to = html.indexOf('"', from);
  return to < 0 ? undefined : [from, to];
}

/** A page's policy as Astro wrote it, if it has one. */
export function pagePolicy(html: string): string | undefined {
  const span = policySpan(html);
  return span && html.slice(...span);
}

/** The page with `policy` in its policy's `<meta>`. */
export function withPolicy(html: string, policy: string): string {
  const span = policySpan(html);
  return span ? `${html.slice(0, span[0])}${policy}${html.slice(span[1])}` : html;
}

/**
 * The policy's hash of a script or style the site writes into a page as it is (`is:inline` with
 * `set:html`), which Astro does not hash: `sha256-…` of its text. astro.config.mjs gives every
 * page these hashes, so that every page carries the same policy.
 */
export function inlineHash(text: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(text).digest("base64")}`;
}
