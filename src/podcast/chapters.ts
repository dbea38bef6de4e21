import type { Episode } from "./episode.ts";

/** Podcasting 2.0 JSON chapters, version 1.2.0. */
export function chaptersJson(episode: Episode) {
  return {
    version: "1.2.0",
    title: episode.title,
    chapters: episode.chapters.map((c) => ({ startTime: c.start, title: c.title, ...(c.url ? { url: c.url } : {}) })),
  };
}
