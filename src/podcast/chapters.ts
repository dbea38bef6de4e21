import type { Chapter, Episode } from "./episode.ts";
import { formatClock } from "./duration.ts";

/** Podcasting 2.0 JSON chapters, version 1.2.0. */
export function chaptersJson(episode: Episode) {
  return {
    version: "1.2.0",
    title: episode.title,
    chapters: episode.chapters.map((c) => ({ startTime: c.start, title: c.title, ...(c.url ? { url: c.url } : {}) })),
  };
}

/** An episode's chapters file (`routes.chapters`), as apps read it. */
export const chaptersText = (episode: Episode) => JSON.stringify(chaptersJson(episode), null, 2);

/** A chapter that cannot be right, by its front-matter path (`["chapters", 2, "start"]`). */
export interface ChapterIssue {
  /** `order` for starts out of order or the same twice, `end` for a start past the audio. */
  kind: "order" | "end";
  path: (string | number)[];
  message: string;
}

/**
 * Chapters as written must run in order from distinct starts, all before the audio ends (when its
 * duration is known). Chapters out of order are nearly always a typo in a time, so they are
 * reported, never sorted.
 */
export function chapterIssues(chapters: readonly Chapter[], duration?: number): ChapterIssue[] {
  const issues: ChapterIssue[] = [];
  chapters.forEach((chapter, i) => {
    const path = ["chapters", i, "start"];
    const at = formatClock(chapter.start);
    const before = chapters[i - 1];
    if (before && chapter.start === before.start) {
      issues.push({
        kind: "order",
        path,
        message: `expected a start after the previous chapter's ${at}, found the same start ${at}`,
      });
    } else if (before && chapter.start < before.start) {
      issues.push({
        kind: "order",
        path,
        message: `expected a start after the previous chapter's ${formatClock(before.start)}, found ${at}: chapters run in order`,
      });
    }
    if (duration !== undefined && chapter.start >= duration) {
      issues.push({
        kind: "end",
        path,
        message: `expected a start before the end of the audio at ${formatClock(duration)}, found ${at}`,
      });
    }
  });
  return issues;
}
