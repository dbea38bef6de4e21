import type { Episode } from "../podcast/episode.ts";
import { literalPath, pathPattern } from "./paths.ts";

/**
 * `dist/_redirects`, the file Netlify and Cloudflare Pages read for redirects, and the preview
 * (scripts/preview.ts) applies as they do: a `301` from every episode's old URL (`aliases`) to its
 * page, and from every old address of the feed (`oldFeedPaths` in the show config) to the feed.
 * The alias pages with their meta refresh stay, for hosts that do not read the file.
 */

export interface Redirect {
  /** The path asked for, as a browser sends it. */
  from: string;
  /** Where it leads: a path of the site. */
  to: string;
}

interface Sources {
  /** The sub-path the site is served at, `""` at the root. */
  base: string;
  /** Each published episode's old URLs, as the catalog lists them (site paths, without the base). */
  aliases: readonly { path: string; episode: Pick<Episode, "url"> }[];
  /** Site paths where the feed used to be. */
  oldFeedPaths: readonly string[];
  /** Where the feed is now: `routes.feed()`. */
  feed: string;
}

export function siteRedirects({ base, aliases, oldFeedPaths, feed }: Sources): Redirect[] {
  return [
    ...aliases.map(({ path, episode }) => ({ from: `${base}${literalPath(path)}`, to: episode.url })),
    ...oldFeedPaths.map((path) => ({ from: `${base}${literalPath(path)}`, to: feed })),
  ];
}

/**
 * The `_redirects` file. `force` writes `301!`, which Netlify needs to redirect a path where a file
 * lies (the alias pages), and which Cloudflare Pages refuses (it redirects such paths anyway).
 */
export function writeRedirects(redirects: readonly Redirect[], { force = false } = {}): string {
  const status = force ? "301!" : "301";
  const lines = redirects.map(({ from, to }) => `${from} ${to} ${status}`);
  return `# Written by the build (src/hosting/redirects.ts): edit that file, not this one.\n${lines.join("\n")}\n`;
}

/** The redirects of a `_redirects` file: `from to [status]` a line. */
export function readRedirects(text: string): (Redirect & { status: number })[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const [from, to, status = "302"] = line.trim().split(/\s+/);
    if (!from || from.startsWith("#") || !to) return [];
    return [{ from, to, status: Number.parseInt(status, 10) }];
  });
}

/** The first redirect whose path matches a request path, as the hosts take the first. */
export function redirectFor<T extends Redirect>(redirects: readonly T[], path: string): T | undefined {
  return redirects.find((redirect) => pathPattern(redirect.from).test(path));
}
