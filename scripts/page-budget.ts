// The page budgets: what a page may weigh and load. The limits live in budgets.json; the build's
// pages are checked by scripts/budgets.ts.
import { gzipSync } from "node:zlib";
import { scanHtml, type Tag } from "./html-scan.ts";

export interface Budgets {
  /** HTML plus the CSS it links, gzipped, per page. */
  pageKb: number;
  /**
   * The same for an episode's transcript page (`/episodes/<slug>/transcript/`), which holds the
   * whole transcript so that the episode page does not: two hours of speech are 100 KB of text.
   */
  transcriptPageKb?: number;
  /** All JavaScript one page runs, gzipped: its scripts and every module they import. */
  scriptKb: number;
  /** The player's own code, gzipped: the script named `script` and what it imports. */
  player?: { kb: number; script: string };
  /** Pagefind's JavaScript, which the search page loads once a visitor searches, gzipped. */
  searchKb: number;
  /** Images of a page that may load eagerly (the largest above the fold); every other one must be lazy. */
  eagerImages: number;
}

export interface PageReport {
  /** HTML + linked CSS, gzipped, in bytes. */
  gzipBytes: number;
  /** Local script files the page loads, as site paths. */
  scripts: string[];
  /** Bodies of inline scripts. */
  inlineScripts: string[];
  problems: string[];
}

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

// Links that make the browser fetch something; canonical, alternate and the like are only metadata.
const FETCHING_RELS = new Set([
  "stylesheet",
  "preload",
  "modulepreload",
  "prefetch",
  "preconnect",
  "dns-prefetch",
  "icon",
  "apple-touch-icon",
  "manifest",
  "mask-icon",
]);

function srcsetUrls(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** The URLs a tag makes the browser request, with whether they are episode audio. */
function requests(tag: Tag): { url: string; audio: boolean }[] {
  const a = tag.attrs;
  const inAudio = tag.name === "audio" || (tag.name === "source" && tag.ancestors.includes("audio"));
  const urls: string[] = [];
  switch (tag.name) {
    case "script":
    case "iframe":
    case "embed":
    case "track":
    case "audio":
    case "video":
      if (a.src) urls.push(a.src);
      if (tag.name === "video" && a.poster) urls.push(a.poster);
      break;
    case "img":
    case "source":
      if (a.src) urls.push(a.src);
      if (a.srcset) urls.push(...srcsetUrls(a.srcset));
      break;
    case "input":
      if (a.type === "image" && a.src) urls.push(a.src);
      break;
    case "object":
      if (a.data) urls.push(a.data);
      break;
    case "link":
      if ((a.rel ?? "").split(/\s+/).some((rel) => FETCHING_RELS.has(rel.toLowerCase())) && a.href) urls.push(a.href);
      if (a.imagesrcset) urls.push(...srcsetUrls(a.imagesrcset));
      break;
  }
  return urls.map((url) => ({ url, audio: inAudio }));
}

function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    urls.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
  }
  return urls.filter(Boolean);
}

/** Whether `url`, found on a page of `origin`, points at another origin. */
export function isOtherOrigin(url: string, origin: string | undefined): boolean {
  if (/^(data|blob|about):/i.test(url)) return false;
  if (!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return false;
  try {
    return new URL(url, origin ?? "http://localhost").origin !== origin;
  } catch {
    return true;
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Checks one built page, served at `path`. `readLocal` returns the text of a file of the site by
 * its path (or undefined when there is none), for the stylesheets the page links.
 */
export function checkPage(
  html: string,
  path: string,
  budgets: Budgets,
  readLocal: (path: string) => string | undefined,
): PageReport {
  const local = (url: string) => new URL(url, new URL(path, "http://site/")).pathname;
  const page = scanHtml(html);
  const problems: string[] = [];
  const canonical = page.tags.find((t) => t.name === "link" && t.attrs.rel === "canonical")?.attrs.href;
  const origin = canonical ? new URL(canonical).origin : undefined;

  for (const tag of page.tags) {
    for (const { url, audio } of requests(tag)) {
      if (!audio && isOtherOrigin(url, origin)) problems.push(`<${tag.name}> loads ${url} from another origin`);
    }
    const style = tag.attrs.style;
    if (style)
      for (const url of cssUrls(style)) if (isOtherOrigin(url, origin)) problems.push(`a style attribute loads ${url}`);
  }
  for (const css of page.styles) {
    for (const url of cssUrls(css)) if (isOtherOrigin(url, origin)) problems.push(`a <style> loads ${url}`);
  }

  let css = "";
  for (const tag of page.tags) {
    if (tag.name !== "link" || !(tag.attrs.rel ?? "").split(/\s+/).includes("stylesheet") || !tag.attrs.href) continue;
    if (isOtherOrigin(tag.attrs.href, origin)) continue;
    const text = readLocal(local(tag.attrs.href));
    if (text === undefined) problems.push(`stylesheet ${tag.attrs.href} is missing`);
    else css += text;
  }
  const gzipBytes = gzipSize(html + css);
  const limit = /^\/episodes\/[^/]+\/transcript\/$/.test(path)
    ? (budgets.transcriptPageKb ?? budgets.pageKb)
    : budgets.pageKb;
  if (gzipBytes > limit * 1024) {
    problems.push(`HTML and CSS weigh ${kb(gzipBytes)} gzipped, over the budget of ${limit} KB`);
  }

  const images = page.tags.filter((t) => t.name === "img");
  // The largest image above the fold loads eagerly, wherever it sits (a small logo before it is lazy).
  let eager = 0;
  for (const img of images) {
    const name = img.attrs.src ?? "an image";
    if (!img.attrs.width || !img.attrs.height) problems.push(`<img> ${name} has no width and height`);
    if (img.attrs.loading !== "lazy" && ++eager > budgets.eagerImages) {
      problems.push(`<img> ${name} is not loading="lazy", and ${budgets.eagerImages} image already loads eagerly`);
    }
  }

  const scripts = page.tags
    .filter((t) => t.name === "script" && t.attrs.src && !isOtherOrigin(t.attrs.src, origin))
    .map((t) => local(t.attrs.src));
  return { gzipBytes, scripts, inlineScripts: page.inlineScripts, problems };
}

/**
 * The local modules a built script imports, statically or dynamically, as written (`./x.js`,
 * `/_astro/x.js`): the budget counts them as part of the page that loads the script.
 */
export function moduleImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g,
    /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) if (/^(\.{1,2})?\//.test(match[1])) found.add(match[1]);
  }
  return [...found];
}

/**
 * Every local script file a page runs: the ones it loads and, transitively, the modules they
 * import, as site paths. `readLocal` gives a file's text by its site path.
 */
export function scriptClosure(entries: readonly string[], readLocal: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readLocal(path);
    if (code === undefined) return;
    for (const specifier of moduleImports(code)) visit(new URL(specifier, new URL(path, "http://site/")).pathname);
  };
  entries.forEach(visit);
  return [...seen];
}
