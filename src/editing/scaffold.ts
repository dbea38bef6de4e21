import { DATE_FORM, readDate } from "../podcast/dates.ts";
import { twoDigits } from "../podcast/episode.ts";
import { visible } from "../podcast/schema.ts";
import { slugify } from "../podcast/slug.ts";

/** What `npm run new-episode` writes: the pure part, tested without touching the disk. */
export interface NewEpisode {
  title: string;
  guest?: string;
  role?: string;
  season: number;
  episode: number;
  /** `YYYY-MM-DD`. */
  date: string;
  guid: string;
}

export interface Numbered {
  season: number;
  episode: number;
  file: string;
}

/** `"Tokio & Friends!"` → `tokio-friends`: the site's one slug rule, cut to 60 characters for a file name. */
export function fileSlug(text: string): string {
  return slugify(text).slice(0, 60).replace(/-+$/, "") || "episode";
}

/** `s01e07-tokio.md`, the name the site's URLs and the editors' eyes expect. */
export const episodeFileName = (e: Pick<NewEpisode, "season" | "episode" | "title">) =>
  `s${twoDigits(e.season)}e${twoDigits(e.episode)}-${fileSlug(e.title)}.md`;

/** The newest season, where a new episode most likely belongs. */
export const latestSeason = (taken: readonly Numbered[]) => Math.max(1, ...taken.map((t) => t.season));

/** The number after the highest one used in the season (drafts and scheduled ones count). */
export function nextEpisodeNumber(taken: readonly Numbered[], season: number): number {
  const used = taken.filter((t) => t.season === season).map((t) => t.episode);
  return used.length ? Math.max(...used) + 1 : 1;
}

/**
 * Why a date given on the command line cannot be written as it is, if it cannot. The file writes
 * it unquoted (a TOML date is no string), so only a date and nothing else may stand there: no
 * line break, no `#`, no space.
 */
export function dateProblem(text: string): string | undefined {
  const found = `found "${visible(text)}"`;
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) {
    return `expected ${DATE_FORM} or 2024-02-22T10:00:00+01:00, and nothing else, ${found}`;
  }
  const read = readDate(text);
  return "problem" in read ? read.problem : undefined;
}

/** Today in the editor's time zone, as front matter writes dates. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

// JSON's quoted strings are valid YAML and TOML strings, with every character escaped as both need.
const quote = (text: string) => JSON.stringify(text);

const BODY = [
  "",
  "Write one or two sentences here: podcast apps and the episode list show them as the summary.",
  "",
  "<!-- more -->",
  "",
  "## Show notes",
  "",
  "Write the show notes here: topics, links, credits.",
  "",
];

/** The file's text, in YAML front matter, or in TOML as Zola writes it. */
export function episodeSource(e: NewEpisode, format: "yaml" | "toml" = "yaml"): string {
  const problem = dateProblem(e.date);
  if (problem) throw new Error(`date: ${problem}`);
  const people = [
    ["guest", e.guest],
    ["role", e.role],
  ].filter((pair): pair is [string, string] => Boolean(pair[1]?.trim()));
  if (format === "toml") {
    return [
      "+++",
      `title = ${quote(e.title)}`,
      `date = ${e.date}`,
      "draft = true",
      "",
      "[extra]",
      `season = ${e.season}`,
      `episode = ${e.episode}`,
      ...people.map(([key, value]) => `${key} = ${quote(value.trim())}`),
      `guid = ${quote(e.guid)}`,
      "+++",
      ...BODY,
    ].join("\n");
  }
  return [
    "---",
    `title: ${quote(e.title)}`,
    `date: ${e.date}`,
    "draft: true",
    `season: ${e.season}`,
    `episode: ${e.episode}`,
    ...people.map(([key, value]) => `${key}: ${quote(value.trim())}`),
    `guid: ${quote(e.guid)}`,
    "---",
    ...BODY,
  ].join("\n");
}
