import yaml from "js-yaml";
import { checkEpisodeField } from "../../podcast/schema.ts";
import { episodeFileName } from "../scaffold.ts";
import { type FeedAudio, type FeedChapter, type FeedItem, Reader } from "./feed.ts";
import { notesToMarkdown } from "./notes.ts";

/** A new episode file for a feed item that has none: YAML front matter and the notes as Markdown. */

export interface NewFile {
  /** The file name in the episodes folder. */
  name: string;
  source: string;
  /** What the editor should look at: values the feed lacked or the site cannot take. */
  notes: string[];
}

const quote = (text: string) => JSON.stringify(text);

/** `2024-02-22T10:00:00Z`: the instant the host published, which orders episodes of one day. */
const isoDate = (date: Date) => date.toISOString().replace(/\.000Z$/, "Z");

export function audioFields(audio: FeedAudio): Record<string, string | number | undefined> {
  return { url: audio.url, length: audio.length, type: audio.type, duration: audio.duration };
}

/**
 * Chapters from a Podcasting 2.0 chapters JSON file (`podcast:chapters`), read as the feed's own
 * values are: what is cleaned or left out is added to `notes`.
 */
export function chaptersFromJson(json: unknown, notes: string[] = []): FeedChapter[] {
  const list = (json as { chapters?: unknown })?.chapters;
  if (!Array.isArray(list)) return [];
  const read = new Reader();
  const chapters = list.flatMap((c: Record<string, unknown>) => {
    if (c?.toc === false) return [];
    const start = read.duration(c?.startTime, "chapter start");
    const title = read.text(c?.title, "chapter title");
    const url = read.url(c?.url, "chapter link");
    return start === undefined || !title ? [] : [{ start, title, ...(url ? { url } : {}) }];
  });
  notes.push(...read.notes);
  return chapters;
}

/** The notes with the summary break after the first paragraph, as the site's own files have it. */
function withSummaryBreak(markdown: string): string {
  const [first, ...rest] = markdown.split(/\n\n/);
  return rest.length ? `${first}\n\n<!-- more -->\n\n${rest.join("\n\n")}` : markdown;
}

/** The entries of a list field the schema takes, each checked alone: one bad entry leaves out only itself. */
function checkedEach<T extends object>(what: string, key: string, list: readonly T[], notes: string[]) {
  const kept = list.filter((entry) => {
    const value = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
    const checked = checkEpisodeField(key, [value]);
    if (!checked.ok) notes.push(`${what} not imported: ${checked.message}: ${JSON.stringify(value)}`);
    return checked.ok;
  });
  return kept.length
    ? kept.map((entry) => Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)))
    : undefined;
}

/**
 * The item's Podcasting 2.0 fields as YAML, each checked by the site's schema first: a value the
 * build would refuse (an `ipfs:` source, a place without a name) is left out and named in `notes`.
 */
function namespaceLines(fields: Record<string, unknown>, notes: string[]): string[] {
  return Object.entries(fields).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const checked = checkEpisodeField(key, value);
    if (!checked.ok) {
      notes.push(`${key} not imported: ${checked.message}`);
      return [];
    }
    // Each item of a list on its line, its fields in braces; every text quoted, as the site reads it.
    const text = yaml.dump({ [key]: value }, { flowLevel: 2, lineWidth: -1, forceQuotes: true, quotingType: '"' });
    return text.trimEnd().split("\n");
  });
}

export function newEpisodeFile(
  item: FeedItem,
  numbers: { season: number; episode: number },
  chapters: FeedChapter[] = item.chapters,
): NewFile {
  const notes: string[] = [];
  const lines = ["---", `title: ${quote(item.title)}`];
  if (item.date) lines.push(`date: ${isoDate(item.date)}`);
  else notes.push("the feed gives no date: set date");
  lines.push(`season: ${numbers.season}`, `episode: ${numbers.episode}`);
  if (item.episode === undefined)
    notes.push(`numbered S${numbers.season} E${numbers.episode}: the feed gives no number`);
  if (item.episodeType && item.episodeType !== "full") lines.push(`episodeType: ${item.episodeType}`);
  if (item.guid) lines.push(`guid: ${quote(item.guid)}`);
  if (item.subtitle) lines.push(`description: ${quote(item.subtitle)}`);
  if (item.explicit) lines.push("explicit: true");
  if (item.image && /^https:\/\/\S+\.(png|jpe?g)$/i.test(item.image)) lines.push(`image: ${quote(item.image)}`);
  else if (item.image) notes.push(`image not imported (the feed takes an https PNG or JPEG): ${item.image}`);
  // The site's own transcript is captions in the show's language; any other is linked as it is.
  const transcript = item.transcripts.find((t) => /\.(vtt|srt)$/i.test(t.url) && !t.language);
  if (transcript) lines.push(`transcript: ${quote(transcript.url)}`);
  if (item.audio) {
    lines.push("audio:");
    for (const [key, value] of Object.entries(audioFields(item.audio))) {
      if (value !== undefined) lines.push(`  ${key}: ${typeof value === "string" ? quote(value) : value}`);
    }
  }
  const guests = item.persons.filter((p) => p.role === "guest");
  if (guests.length) {
    lines.push("guests:");
    for (const guest of guests) {
      lines.push(`  - name: ${quote(guest.name)}`);
      if (guest.url) lines.push(`    url: ${quote(guest.url)}`);
      if (guest.image) lines.push(`    image: ${quote(guest.image)}`);
    }
  }
  if (!chapters.length && item.chaptersUrl) {
    notes.push(`chapters not imported (the feed's chapters file was not fetched): ${item.chaptersUrl}`);
  }
  if (chapters.length) {
    lines.push("chapters:");
    for (const chapter of chapters) {
      lines.push(`  - start: ${chapter.start}`, `    title: ${quote(chapter.title)}`);
      if (chapter.url) lines.push(`    url: ${quote(chapter.url)}`);
    }
  }
  const others = item.transcripts.filter((t) => t !== transcript);
  const credited = item.persons.filter((p) => p.role !== "guest");
  lines.push(
    ...namespaceLines(
      {
        ...item.fields,
        transcripts: checkedEach("transcript", "transcripts", others, notes),
        persons: checkedEach("person", "persons", credited, notes),
      },
      notes,
    ),
  );
  lines.push("---", "");
  const markdown = notesToMarkdown(item.html);
  const source = `${lines.join("\n")}\n${markdown ? `${withSummaryBreak(markdown)}\n` : ""}`;
  return { name: episodeFileName({ ...numbers, title: item.title }), source, notes };
}
