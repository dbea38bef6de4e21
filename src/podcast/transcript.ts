import { stripControl } from "./text.ts";

export interface Cue {
  /** Seconds from the start of the episode. */
  start: number;
  text: string;
}

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s+-->/;

/**
 * The cues of a WebVTT or SRT transcript, in order: start time and plain text, voice tags
 * (`<v Ada>`) turned into `Ada: `, other tags dropped.
 */
export function parseCues(source: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of source.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = block.split("\n");
    const at = lines.findIndex((line) => TIME.test(line.trim()));
    if (at < 0) continue;
    const [, h = "0", m, s, ms] = TIME.exec(lines[at].trim())!;
    const text = lines
      .slice(at + 1)
      .join(" ")
      .replace(/<v(?:\.[\w.-]+)?\s+([^>]+)>/g, "$1: ")
      .replace(/<[^>]*>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/\s+/g, " ")
      .trim();
    if (text)
      cues.push({
        start: Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, "0")) / 1000,
        text: stripControl(text),
      });
  }
  return cues;
}
