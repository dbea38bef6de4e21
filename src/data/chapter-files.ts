import { chaptersJson } from "../podcast/chapters.ts";
import type { Episode } from "../podcast/episode.ts";
import { routes, withoutBase } from "../routes.ts";
import { afterPages } from "./after-pages.ts";

/** The chapters files a build's feed points at, with their text: integrations/chapter-files.ts writes them. */
export const chapterFiles = afterPages<string>("chapter-files");

/** An episode's Podcasting 2.0 chapters file, as apps read it. */
export const chaptersText = (episode: Episode) => JSON.stringify(chaptersJson(episode), null, 2);

/**
 * Asks the build for the chapters files of the episodes a feed lists, each beside its episode's
 * page. The dev server serves them when asked instead (integrations/chapters-endpoint.ts).
 */
export function askForChapters(episodes: readonly Episode[]): void {
  for (const episode of episodes) {
    if (episode.chapters.length) chapterFiles.ask(withoutBase(routes.chapters(episode.slug)), chaptersText(episode));
  }
}
