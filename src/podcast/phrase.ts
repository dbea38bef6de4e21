import type { Locale } from "../i18n/locale.ts";
import { formatDate, isoDate } from "./dates.ts";
import type { TranscriptLink } from "./transcript.ts";

/**
 * A sentence of a page with some words marked up: a date (`<time>`) or a link. The words and the
 * spaces between them are all made here, in one string per part, so that a template that maps the
 * parts can neither lose nor add a space, and a unit test reads the sentence as a visitor does.
 */
export type Part = string | { text: string; datetime: string } | { text: string; href: string; type?: string };

/** What the sentences need of the show's locale. */
export type Speaker = Pick<Locale, "language" | "strings" | "n">;

/** What a visitor reads of the parts. */
export const phraseText = (parts: Part[]): string => parts.map((p) => (typeof p === "string" ? p : p.text)).join("");

/**
 * A string of the locale's table as parts: each `{name}` is its part or parts, the words around it
 * as the table writes them, so that each language puts the date or the link where it goes.
 */
export function phrase(template: string, vars: Record<string, Part | Part[]>): Part[] {
  return template.split(/(\{\w+\})/).flatMap((piece): Part[] => {
    const value = /^\{(\w+)\}$/.exec(piece) && vars[piece.slice(1, -1)];
    if (value) return Array.isArray(value) ? value : [value];
    return piece ? [piece] : [];
  });
}

const dated = (date: Date, language: string, timeZone: string): Part => ({
  text: formatDate(date, language, timeZone),
  datetime: isoDate(date, timeZone),
});

/** `Jan 4, 2024 to Feb 22, 2024`: the days a season's episodes came out. */
export function dateSpan(first: Date, last: Date, locale: Speaker, timeZone: string): Part[] {
  const { language, strings } = locale;
  if (first.getTime() === last.getTime()) return [dated(first, language, timeZone)];
  return phrase(strings.dateSpan, { first: dated(first, language, timeZone), last: dated(last, language, timeZone) });
}

/** `4 episodes, in episode order, from Jan 4, 2024 to Feb 22, 2024.`: a season page's lead. */
export function seasonLead(episodes: number, first: Date, last: Date, locale: Speaker, timeZone: string): Part[] {
  const { language, strings } = locale;
  const count = locale.n("episodeCount", episodes);
  if (first.getTime() === last.getTime()) {
    return phrase(strings.seasonLeadOneDay, { episodes: count, date: dated(first, language, timeZone) });
  }
  return phrase(strings.seasonLead, {
    episodes: count,
    first: dated(first, language, timeZone),
    last: dated(last, language, timeZone),
  });
}

const FORMAT_NAMES = { vtt: "WebVTT", srt: "SRT", json: "JSON" };

/** `Download the transcript: WebVTT, SRT, JSON`, each format a link to its file. */
export function transcriptDownloads(links: TranscriptLink[], locale: Speaker): Part[] {
  const formats = links.flatMap((link, i): Part[] => [
    ...(i > 0 ? [locale.strings.comma] : []),
    { text: FORMAT_NAMES[link.format], href: link.url, type: link.type },
  ]);
  return phrase(locale.strings.downloadTranscript, { formats });
}
