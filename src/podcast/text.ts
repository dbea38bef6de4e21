/**
 * XML 1.0 forbids most control characters, and a feed holding one is rejected by every parser,
 * so they are removed from every text the site writes. Tab, line feed and carriage return stay.
 */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "");
}

/**
 * Text made safe to place in XML or HTML, as content or as a quoted attribute value: the feed and
 * the search documents write it. Control characters neither may hold are dropped.
 */
export function escapeMarkup(text: string): string {
  return stripControl(text).replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`,
  );
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * The text with each stretch from an opener of `pairs` to the first closer of its pair after it
 * replaced by `by`; the first opener wins. It reads the text once, where `/open[\s\S]*?close/g`
 * reads to the end again from every opener that is never closed: quadratic time for a hostile text.
 */
export function replaceBetween(text: string, pairs: readonly (readonly [string, string])[], by: string): string {
  let out = "";
  let at = 0;
  // The next opener of each pair at or after `at`; -1 once the pair has no closer left.
  const next = pairs.map(([open]) => text.indexOf(open));
  for (;;) {
    let pick = -1;
    pairs.forEach(([open], i) => {
      if (next[i] >= 0 && next[i] < at) next[i] = text.indexOf(open, at);
      if (next[i] >= 0 && (pick < 0 || next[i] < next[pick])) pick = i;
    });
    if (pick < 0) return out + text.slice(at);
    const [open, close] = pairs[pick];
    const end = text.indexOf(close, next[pick] + open.length);
    if (end < 0) {
      // No closer after this opener means none after any later one either.
      next[pick] = -1;
      continue;
    }
    out += text.slice(at, next[pick]) + by;
    at = end + close.length;
  }
}

/**
 * The lines of a text, found once, so that each question about a place costs a binary search
 * rather than a count over the text before it, which many questions would make quadratic.
 */
export class TextLines {
  private readonly text: string;
  private breaks?: number[];
  constructor(text: string) {
    this.text = text;
  }

  /** The line holding `index`, counted from 0. */
  index(index: number): number {
    if (!this.breaks) {
      this.breaks = [];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) this.breaks.push(i);
    }
    let low = 0;
    let high = this.breaks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.breaks[middle] < index) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Where the line holding `index` starts. */
  start(index: number): number {
    const line = this.index(index);
    return line === 0 ? 0 : this.breaks![line - 1] + 1;
  }

  /** Where the line holding `index` ends: its line break, or the end of the text. */
  end(index: number): number {
    const line = this.index(index);
    return this.breaks![line] ?? this.text.length;
  }
}

/** The line of any index of `text`, counting from `firstLine`. */
export function lineFinder(text: string, firstLine = 1): (index: number) => number {
  const lines = new TextLines(text);
  return (index) => firstLine + lines.index(index);
}

// Every pattern below reads a stretch of the text at most a fixed number of times, whatever the
// text holds: what a pattern looks for up to its closer excludes its own opener (a `[` in link
// text, a `<` in a tag, the `*` of emphasis), so that a run of openers never closed costs a pass,
// not a pass per opener. Notes of a megabyte are summarised in milliseconds.
const LINK_TEXT = String.raw`\[([^\][]*)\]`;
// A destination may hold one level of balanced parentheses, as Wikipedia's URLs do.
const DESTINATION = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(`!${LINK_TEXT}${DESTINATION}`, "g");
const LINK = new RegExp(`${LINK_TEXT}${DESTINATION}`, "g");
const REFERENCE = new RegExp(`${LINK_TEXT}\\[[^\\][]*\\]`, "g");
const EMPHASIS = /(^|[\s(])(?:\*([^\s*](?:[^\n*]*?[^\s*])?)\*|_([^\s_](?:[^\n_]*?[^\s_])?)_)(?=[\s).,;:!?]|$)/g;

/** Turns a Markdown or MDX fragment into the plain text a listener reads in a list or a feed app. */
export function markdownToText(markdown: string): string {
  const text = replaceBetween(replaceBetween(markdown, [["<!--", "-->"]], " "), [["```", "```"]], " ")
    .replace(/^[ \t]*(import|export)\s.*$/gm, " ")
    .replace(IMAGE, "$1")
    .replace(LINK, "$1")
    .replace(REFERENCE, "$1")
    .replace(/<\/?[A-Za-z][^<>]*>/g, " ");
  const plain = replaceBetween(
    text,
    [
      ["{{", "}}"],
      ["{%", "%}"],
    ],
    " ",
  )
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^[ \t]{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
    .replace(/(\*\*|__|~~)(.+?)\1/g, "$2")
    .replace(EMPHASIS, "$1$2$3")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, "$1")
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (match, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : match;
      }
      return entities[name.toLowerCase()] ?? match;
    });
  return stripControl(plain).replace(/\s+/g, " ").trim();
}

const MORE = /<!--\s*more\s*-->/i;

/** The first paragraph of a Markdown body: headings, imports and component lines are not prose. */
function firstParagraph(body: string): string {
  const blocks = body.split(/\n\s*\n/);
  for (const block of blocks) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    if (/^(#{1,6}\s|import\s|export\s|<[A-Z]|<!--|```|\{[{%])/.test(trimmed)) continue;
    const text = markdownToText(trimmed);
    if (text) return text;
  }
  return "";
}

/**
 * The episode summary: `description`, else the text before `<!-- more -->`, else the first
 * paragraph of the show notes.
 */
export function summarize(body: string, description?: string): string {
  if (description?.trim()) return markdownToText(description);
  const more = MORE.exec(body);
  if (more) {
    const teaser = markdownToText(body.slice(0, more.index));
    if (teaser) return teaser;
  }
  return firstParagraph(body);
}

/** Cuts text at a word boundary so that it fits in `maxBytes` of UTF-8, adding an ellipsis. */
export function truncateBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  const chars = Array.from(text);
  let bytes = encoder.encode("…").length;
  let end = 0;
  while (end < chars.length && bytes + encoder.encode(chars[end]).length <= maxBytes) {
    bytes += encoder.encode(chars[end]).length;
    end++;
  }
  const cut = chars.slice(0, end).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `Ada Lovelace King` → `AK`: a guest's initials, shown where no photo is given. */
export const initials = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .filter((_, i, words) => i === 0 || i === words.length - 1)
    .map((word) => [...word][0])
    .join("")
    .toUpperCase();
