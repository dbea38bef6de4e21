import { formatDate, isoDate } from "./dates.ts";
import type { TranscriptLink } from "./transcript.ts";

/**
 * A sentence of a page with some words marked up: a date (`<time>`) or a link. The words and the
 * spaces between them are all made here, in one string per part, so that a template that maps the
 * parts can neither lose nor add a space, and a unit test reads the sentence as a visitor does.
 */
export type Part = string | { text: string; datetime: string } | { text: string; href: string; type?: string };

/** What a visitor reads of the parts. */
export const phraseText = (parts: Part[]): string => parts.map((p) => (typeof p === "string" ? p : p.text)).join("");

const dated = (date: Date, language: string, timeZone: string): Part => ({
  text: formatDate(date, language, timeZone),
  datetime: isoDate(date, timeZone),
});

/** `Jan 4, 2024 to Feb 22, 2024`: the days a season's episodes came out. */
export function dateSpan(first: Date, last: Date, language: string, timeZone: string): Part[] {
  if (first.getTime() === last.getTime()) return [dated(first, language, timeZone)];
  return [dated(first, language, timeZone), " to ", dated(last, language, timeZone)];
}

const count = (n: number) => `${n} ${n === 1 ? "episode" : "episodes"}`;

/** `4 episodes, in episode order, from Jan 4, 2024 to Feb 22, 2024.`: a season page's lead. */
export function seasonLead(episodes: number, first: Date, last: Date, language: string, timeZone: string): Part[] {
  const span = dateSpan(first, last, language, timeZone);
  return [`${count(episodes)}, in episode order, ${span.length > 1 ? "from" : "on"} `, ...span, "."];
}

const FORMAT_NAMES = { vtt: "WebVTT", srt: "SRT", json: "JSON" };

/** `Download the transcript: WebVTT, SRT, JSON`, each format a link to its file. */
export function transcriptDownloads(links: TranscriptLink[]): Part[] {
  return [
    "Download the transcript: ",
    ...links.flatMap((link, i): Part[] => [
      ...(i > 0 ? [", "] : []),
      { text: FORMAT_NAMES[link.format], href: link.url, type: link.type },
    ]),
  ];
}
