import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import show from "../show.config.ts";
import type { Episode } from "../podcast/episode.ts";
import { sitePolicySources } from "./policy-sources.ts";

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64url");

// Every page shows some of the show's settings. Astro sees a change to show.config.ts's code in
// each page's dependency hash; this also catches a setting the file reads from elsewhere.
const SHOW = digest(show);

// Every page carries the site's one Content Security Policy, made from the hosts all the pages
// load from (src/middleware.ts): a picture from a new host in one episode's notes changes every
// page. The dev server keeps no pages, and writes no policy.
const POLICY = import.meta.env.DEV ? "" : digest(await sitePolicySources());

const episodes = new WeakMap<Episode, string>();

/** An episode as the model has it (title, date, guests, audio, chapters …), digested once per build. */
export function episodeDigest(episode: Episode): string {
  let known = episodes.get(episode);
  if (!known) episodes.set(episode, (known = digest(episode)));
  return known;
}

/** The bytes of a file of the project, as a digest: what a page made from the file shows. */
export const fileDigest = async (path: string) =>
  createHash("sha256")
    .update(await readFile(path))
    .digest("base64url");

/**
 * A page's `cacheKey` for Astro's incremental build (`experimental.incrementalBuild`): a digest of
 * what the page shows that comes from content rather than code, with the show's settings and the
 * hosts of its policy. Astro renders a page again when its key or the code it runs changed (its
 * modules, and the images they import, are hashed by Astro); else it restores the page from its
 * cache. Episodes are passed as `episodeDigest`s.
 */
export const pageKey = (...shown: unknown[]) => digest([SHOW, POLICY, shown]);

/** The key of a page of a paged list: its episodes, where it stands among the pages, and `more` it shows. */
export const listKey = (
  page: { data: Episode[]; currentPage: number; lastPage: number; total: number },
  ...more: unknown[]
) => pageKey(page.data.map(episodeDigest), page.currentPage, page.lastPage, page.total, ...more);
