// What the search page's script reads back of a hit. It runs in the browser, so this module imports
// only pure helpers: the documents the index holds are made in search-document.ts.
import { atMoment } from "./timestamp.ts";

/** The `id` of a transcript cue that starts `seconds` into the episode: Pagefind keeps it as an anchor. */
export const cueId = (seconds: number) => `t-${Math.floor(seconds)}`;

/** The ids of cues starting at `starts`: only the first cue of each second has one. */
export function cueIds(starts: number[]): (string | undefined)[] {
  const seen = new Set<string>();
  return starts.map((start) => {
    const id = cueId(start);
    if (seen.has(id)) return undefined;
    seen.add(id);
    return id;
  });
}

const CUE = /^t-(\d+)$/;

export interface Anchor {
  id: string;
  location: number;
}

/**
 * The moment of a hit: the start of the transcript cue that holds the first matched word, that is
 * the last cue anchor at or before the word. `undefined` when the word is not in a transcript.
 */
export function momentOf(locations: number[], anchors: Anchor[]): number | undefined {
  const cues = anchors.filter((a) => CUE.test(a.id)).sort((a, b) => a.location - b.location);
  for (const location of [...locations].sort((a, b) => a - b)) {
    const cue = cues.filter((c) => c.location <= location).pop();
    if (cue) return Number(CUE.exec(cue.id)![1]);
  }
  return undefined;
}

/** The URL a result opens: the episode, at the moment of the hit when it is in a transcript. */
export function resultUrl(episodeUrl: string, moment: number | undefined): string {
  return moment === undefined ? episodeUrl : atMoment(episodeUrl, moment);
}

/** The id of the element where an episode's own text starts, after its title, label and guests. */
export const TEXT_ANCHOR = "text";

/** A piece of an excerpt: words, and whether they matched the search. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** How Pagefind splits its content into the words its locations count. */
const WORDS = /[^\S\uFEFF]+/g;

/**
 * A hit's excerpt: `length` words of its text around the first matched word, with the matches
 * marked. The words before `from` (the title, label and guests, which the card already shows) are
 * never part of it; when only they matched, it is the start of the text. "…" stands for words left
 * out.
 */
export function excerptOf(content: string, locations: number[], from: number, length = 28): ExcerptPart[] {
  const words = content.split(WORDS);
  const end = words.length;
  const matched = new Set(locations.filter((l) => l >= from));
  const first = Math.min(...matched);
  let start = Number.isFinite(first) ? Math.max(from, first - Math.floor(length / 4)) : from;
  start = Math.max(from, Math.min(start, end - length));
  const stop = Math.min(end, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > from) push("… ", false);
  for (let i = start; i < stop; i++) {
    if (i > start) push(" ", false);
    push(words[i], matched.has(i));
  }
  if (stop < end) push(" …", false);
  return parts;
}
