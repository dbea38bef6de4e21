import { chaptersJson } from "../podcast/chapters.ts";
import type { Episode } from "../podcast/episode.ts";
import { routes, withoutBase } from "../routes.ts";

/**
 * The chapters files the feed of this build points at, by path, with their text: written once the
 * pages are built (integrations/chapter-files.ts), as Astro writes the images pages ask for. Kept
 * on a global: the feed runs from the build's own bundled copy of this module, the integration from
 * the copy astro.config.mjs loaded, and a module's own Map would be two Maps.
 */
export const chapterFiles = ((globalThis as Record<symbol, unknown>)[Symbol.for("podcast-site.chapter-files")] ??=
  new Map()) as Map<string, string>;

/** An episode's Podcasting 2.0 chapters file, as apps read it. */
export const chaptersText = (episode: Episode) => JSON.stringify(chaptersJson(episode), null, 2);

/**
 * Asks the build for the chapters files of the episodes a feed lists, each beside its episode's
 * page. The dev server serves them when asked instead (integrations/chapters-endpoint.ts).
 */
export function askForChapters(episodes: readonly Episode[]): void {
  if (import.meta.env.DEV) return;
  for (const episode of episodes) {
    if (episode.chapters.length) chapterFiles.set(withoutBase(routes.chapters(episode.slug)), chaptersText(episode));
  }
}
