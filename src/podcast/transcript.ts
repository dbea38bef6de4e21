import webvtt, { type CueNode } from "webvtt-parser";
import entities from "webvtt-parser/html-entities.json" with { type: "json" };
import { routes } from "../routes.ts";
import { formatClock } from "./duration.ts";
import type { Episode } from "./episode.ts";
import { isRemote } from "./schema.ts";

/** One cue of a transcript: who says what, from when to when, in seconds. */
export interface Cue {
  start: number;
  end: number;
  speaker?: string;
  text: string;
}

export interface Transcript {
  cues: Cue[];
  /** Everyone who speaks, in order of first words. */
  speakers: string[];
}

export type TranscriptFormat = "vtt" | "srt";

/** What is wrong with a transcript, at a line of its file. */
export interface TranscriptError {
  line: number;
  message: string;
}

export const transcriptFormat = (path: string): TranscriptFormat => (/\.srt$/i.test(path) ? "srt" : "vtt");

const table = entities as Record<string, string>;
const parser = new webvtt.WebVTTParser(table);

function textOf(nodes: CueNode[] = []): string {
  return nodes
    .map((n) => (n.type === "text" ? String(n.value) : n.type === "object" ? textOf(n.children) : ""))
    .join("");
}

/**
 * Character references decoded once, as WebVTT decodes a voice's name: the parser decodes those of
 * the cue text, but hands the `<v Tom &amp; Jerry>` annotation over as written.
 */
function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|[a-z][a-z\d]*);/gi, (reference, decimal?: string, hex?: string) => {
    if (decimal === undefined && hex === undefined) return table[reference] ?? reference;
    const code = decimal === undefined ? parseInt(hex!, 16) : parseInt(decimal, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/** `<v Ada>Hello` carries its speaker in a voice span, WebVTT's only way to name one. */
function voiceOf(nodes: CueNode[]): string | undefined {
  for (const node of nodes) {
    if (node.type !== "object") continue;
    const name = node.name === "v" ? decodeReferences(String(node.value ?? "")).trim() : "";
    if (name) return name;
    const inner = voiceOf(node.children ?? []);
    if (inner) return inner;
  }
}

// SRT's `Ada: Hello`: a capitalised name of a few words, then a colon. SRT has no other way to name
// a speaker; in WebVTT, which has `<v>`, such a colon is only a colon ("Today: we talk about…").
const SRT_SPEAKER = /^(\p{Lu}[\p{L}\p{M}'’. -]{0,39}):\s+/u;

/**
 * SRT is WebVTT without the signature and with commas before the milliseconds, so the same
 * parser reads it once those differences (and bare `&`) are undone; its line numbers are shifted back.
 */
function asVtt(text: string, format: TranscriptFormat): { vtt: string; offset: number } {
  const clean = text.replace(/^\uFEFF/, "");
  if (format === "vtt") return { vtt: clean, offset: 0 };
  // SRT text is plain: a bare `&` is an ampersand, not the start of an escape.
  const lines = clean
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line.includes("-->") ? line.replace(/(\d),(\d)/g, "$1.$2") : line.replace(/&(?![a-z]+;|#\d+;)/gi, "&amp;"),
    );
  return { vtt: `WEBVTT\n\n${lines.join("\n")}`, offset: 2 };
}

const TIMING = /^\s*(?:(\d+):)?(\d+):(\d+)\.(\d+)\s*-->\s*(?:(\d+):)?(\d+):(\d+)\.(\d+)/;
const millis = (h = "0", m: string, s: string, ms: string) =>
  ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);

/**
 * The line of each cue's timing in the file, in the order the parser gives the cues: it sorts them
 * by start, then longest first, keeping the file's order among equals, and so does this. In a file
 * the parser read without an error, every line with `-->` is a cue's timing.
 */
function cueLines(vtt: string, offset: number, count: number): number[] {
  const timings = vtt.split(/\r\n|\r|\n/).flatMap((text, i) => {
    const t = TIMING.exec(text);
    return t
      ? [{ line: i + 1 - offset, start: millis(t[1], t[2], t[3], t[4]), end: millis(t[5], t[6], t[7], t[8]) }]
      : [];
  });
  if (timings.length !== count) return Array.from({ length: count }, () => 1);
  return timings.sort((a, b) => a.start - b.start || b.end - a.end).map((t) => t.line);
}

/** A transcript as read, with the line of each cue's timing in its file, for messages. */
export interface ReadTranscript {
  transcript: Transcript;
  lines: number[];
  error?: undefined;
}

/** Reads a WebVTT or SRT transcript; the first error found, with its line, if it cannot be read. */
export function parseTranscript(
  text: string,
  format: TranscriptFormat,
): ReadTranscript | { transcript?: undefined; error: TranscriptError } {
  const { vtt, offset } = asVtt(text, format);
  const parsed = parser.parse(vtt);
  const [error] = parsed.errors;
  if (error) {
    const line = Math.max(1, error.line - offset);
    return { error: { line, message: `expected a valid ${format.toUpperCase()} transcript, found: ${error.message}` } };
  }
  if (!parsed.cues.length) {
    return { error: { line: 1, message: `expected a ${format.toUpperCase()} transcript with cues, found none` } };
  }
  const cues = parsed.cues.map((cue): Cue => {
    let speaker = voiceOf(cue.tree.children);
    // Line breaks within a cue are spaces; split and joined rather than `/\s*\n\s*/`, which reads
    // a run of spaces again from each of them.
    let words = textOf(cue.tree.children)
      .split("\n")
      .map((part) => part.trim())
      .filter(Boolean)
      .join(" ");
    const named = format === "srt" ? SRT_SPEAKER.exec(words) : null;
    if (named) {
      speaker = named[1].trim();
      words = words.slice(named[0].length);
    }
    return { start: cue.startTime, end: cue.endTime, ...(speaker ? { speaker } : {}), text: words };
  });
  return {
    transcript: { cues, speakers: [...new Set(cues.flatMap((c) => c.speaker ?? []))] },
    lines: cueLines(vtt, offset, cues.length),
  };
}

/**
 * Cues that start once the audio has ended, which no listener hears (most often the transcript of
 * another episode, or of an uncut recording): one warning, at the first such cue.
 */
export function lateCues(
  { cues }: Transcript,
  lines: readonly number[],
  duration: number,
): TranscriptError | undefined {
  const first = cues.findIndex((cue) => cue.start >= duration);
  if (first < 0) return undefined;
  const count = cues.length - first;
  const end = formatClock(Math.round(duration));
  const at = formatClock(Math.floor(cues[first].start));
  return {
    line: lines[first] ?? 1,
    message:
      count === 1
        ? `expected a cue that starts before the audio ends at ${end}, found one at ${at}`
        : `expected cues that start before the audio ends at ${end}, found ${count} from ${at} on`,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `83.5` → `00:01:23.500` (WebVTT) or `00:01:23,500` (SRT). */
export function cueTime(seconds: number, separator: "." | ","): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

const escapeCue = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The transcript as WebVTT, each speaker in a voice span. */
export function toVtt({ cues }: Transcript): string {
  const blocks = cues.map(
    (c) =>
      `${cueTime(c.start, ".")} --> ${cueTime(c.end, ".")}\n${c.speaker ? `<v ${escapeCue(c.speaker)}>` : ""}${escapeCue(c.text)}`,
  );
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

/** The transcript as SRT, each speaker as `Name: ` before the words. */
export function toSrt({ cues }: Transcript): string {
  const blocks = cues.map(
    (c, i) =>
      `${i + 1}\n${cueTime(c.start, ",")} --> ${cueTime(c.end, ",")}\n${c.speaker ? `${c.speaker}: ` : ""}${c.text}`,
  );
  return `${blocks.join("\n\n")}\n`;
}

/** The Podcasting 2.0 JSON transcript (version 1.0.0). */
export function toJson({ cues }: Transcript) {
  return {
    version: "1.0.0",
    segments: cues.map((c) => ({
      ...(c.speaker ? { speaker: c.speaker } : {}),
      startTime: c.start,
      endTime: c.end,
      body: c.text,
    })),
  };
}

/** The MIME type of each transcript format, as feeds and servers name them. */
export const TRANSCRIPT_TYPES = {
  vtt: "text/vtt",
  srt: "application/x-subrip",
  json: "application/json",
} as const;

export type TranscriptLink = { url: string; format: keyof typeof TRANSCRIPT_TYPES; type: string };

/**
 * Where an episode's transcript is served, one link per format: the editor's file as it is, and the
 * formats the build derives from it. A remote transcript is only linked: builds do not fetch.
 */
export function transcriptLinks(episode: Pick<Episode, "slug" | "transcript">): TranscriptLink[] {
  const raw = episode.transcript;
  if (!raw) return [];
  const own = transcriptFormat(raw);
  const link = (format: TranscriptLink["format"], url: string) => ({ url, format, type: TRANSCRIPT_TYPES[format] });
  if (isRemote(raw)) return [link(own, raw)];
  return (["vtt", "srt", "json"] as const).map((format) =>
    link(format, format === own ? raw : routes.transcriptFile(episode.slug, format)),
  );
}
