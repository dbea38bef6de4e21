import { lineFinder } from "../podcast/text.ts";
import type { Problem } from "../problems.ts";

/**
 * The players that podcast hosts give shows to paste into their pages: a `<script>` or an
 * `<iframe>` that loads the host's code. The site plays its own audio and loads nothing from a
 * third party, so these are found, reported while an episode has no `audio` of its own, and
 * dropped from every page. The importer also matches them to feed items by the episode's key.
 */

export type Host =
  | "LetsCast"
  | "Buzzsprout"
  | "Transistor"
  | "Libsyn"
  | "Spotify"
  | "Captivate"
  | "Simplecast"
  | "Podbean"
  | "SoundCloud";

export interface HostEmbed {
  host: Host;
  /** The line of the file the embed starts on. */
  line: number;
  /** The player's address, as written. */
  src: string;
  /** The host's id or slug of the episode, when the address carries one. */
  key?: string;
  /** Where the embed stands in the body, the container `<div>` Buzzsprout pairs with it included. */
  start: number;
  end: number;
}

interface HostRule {
  host: Host;
  /** Matches the player's address; group 1, if any, is the episode's key. */
  src: RegExp;
}

// Each address is the one the host's "embed" or "share" button writes, with or without `https:`.
const HOSTS: HostRule[] = [
  {
    host: "LetsCast",
    src: /^(?:https?:)?\/\/(?:www\.)?letscast\.fm\/podcasts\/[^/]+\/episodes\/([^/?#]+)\/player\.js/i,
  },
  { host: "Buzzsprout", src: /^(?:https?:)?\/\/(?:www\.)?buzzsprout\.com\/\d+\/(?:episodes\/)?(\d+)/i },
  { host: "Transistor", src: /^(?:https?:)?\/\/share\.transistor\.fm\/[es]\/([\w-]+)/i },
  { host: "Libsyn", src: /^(?:https?:)?\/\/html5-player\.libsyn\.com\/embed\/episode\/id\/(\d+)/i },
  { host: "Spotify", src: /^(?:https?:)?\/\/open\.spotify\.com\/embed(?:-podcast)?\/episode\/([\w-]+)/i },
  {
    host: "Spotify",
    src: /^(?:https?:)?\/\/(?:www\.)?(?:anchor\.fm|podcasters\.spotify\.com)\/[^"'\s]*?\/embed\/episodes\/([\w-]+)/i,
  },
  { host: "Captivate", src: /^(?:https?:)?\/\/player\.captivate\.fm\/episode\/([\w-]+)/i },
  { host: "Simplecast", src: /^(?:https?:)?\/\/(?:player|embed)\.simplecast\.com\/([\w-]+)/i },
  {
    host: "Podbean",
    src: /^(?:https?:)?\/\/(?:www\.)?podbean\.com\/(?:player-v2|media\/player)\/?\?(?:[^"'\s]*&(?:amp;)?)?i=([\w-]+)/i,
  },
  { host: "Podbean", src: /^(?:https?:)?\/\/(?:www\.)?podbean\.com\/(?:player-v2|media\/player)/i },
  {
    host: "SoundCloud",
    src: /^(?:https?:)?\/\/w\.soundcloud\.com\/player\/\?(?:[^"'\s]*&(?:amp;)?)?url=[^"'\s&]*?tracks(?:%2F|\/)(\d+)/i,
  },
  { host: "SoundCloud", src: /^(?:https?:)?\/\/w\.soundcloud\.com\/player\//i },
];

const FENCE = /^ {0,3}(```|~~~)/;
const OPENER = /<(script|iframe)\b/gi;
const SOURCE = /\bsrc\s*=\s*(["'])([^"']+)\1/i;
// The empty container `<div>` that Buzzsprout's script fills, just before it.
const CONTAINER = /<div\s+id=["']buzzsprout-player-\d+["']\s*>\s*<\/div>\s*$/i;

/**
 * The first place at or after `from` where `pattern` (global) matches, or -1. It remembers its
 * answer, so that asking again from places that only grow reads the text once in all.
 */
function nextMatch(text: string, pattern: RegExp) {
  let asked = Infinity;
  let found = -1;
  return (from: number) => {
    if (from < asked || (found >= 0 && found < from)) {
      pattern.lastIndex = from;
      found = pattern.exec(text)?.index ?? -1;
      asked = from;
    }
    return found;
  };
}

/**
 * Every `<script src>` and `<iframe src>` of a body, in order, with its end tag when it has one (some
 * hosts write an iframe without), and the container Buzzsprout pairs with its script. A tag ends at
 * its `>` and holds no `<`: so each stretch of the body is read once, where a pattern would read on
 * to the end from every unclosed `<iframe src="` of a hostile body.
 */
function* elements(body: string): Generator<{ start: number; end: number; src: string }> {
  const tagEnd = nextMatch(body, />/g);
  const tagBreak = nextMatch(body, /</g);
  const endTags = {
    script: nextMatch(body, /<\/script\s*>/gi),
    iframe: nextMatch(body, /<\/iframe\s*>/gi),
  };
  let from = 0;
  for (;;) {
    OPENER.lastIndex = from;
    const open = OPENER.exec(body);
    if (!open) return;
    const attributes = open.index + open[0].length;
    const close = tagEnd(attributes);
    if (close < 0) return;
    const inside = tagBreak(attributes);
    const src = inside >= 0 && inside < close ? undefined : SOURCE.exec(body.slice(attributes, close))?.[2];
    if (!src) {
      from = attributes;
      continue;
    }
    const endTag = endTags[open[1].toLowerCase() as "script" | "iframe"](close + 1);
    const end = endTag < 0 ? close + 1 : body.indexOf(">", endTag) + 1;
    const before = body.slice(Math.max(from, open.index - 200), open.index);
    const container = CONTAINER.exec(before);
    yield { start: container ? open.index - before.length + container.index : open.index, end, src };
    from = end;
  }
}

function hostOf(src: string): { host: Host; key?: string } | undefined {
  for (const rule of HOSTS) {
    const match = rule.src.exec(src);
    if (match) return { host: rule.host, key: match[1] ? decodeURIComponent(match[1]) : undefined };
  }
  return undefined;
}

/** Where code blocks stand, so that an embed shown as an example in one is left alone. */
function codeRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open: { at: number; fence: string } | undefined;
  let at = 0;
  for (const line of body.split("\n")) {
    const fence = FENCE.exec(line)?.[1];
    if (fence && !open) open = { at, fence };
    else if (fence && open && fence === open.fence) {
      ranges.push([open.at, at + line.length]);
      open = undefined;
    }
    at += line.length + 1;
  }
  if (open) ranges.push([open.at, body.length]);
  return ranges;
}

/** Every host player in a Markdown body, in order; `firstLine` is the line the body starts on. */
export function findHostEmbeds(body: string, firstLine = 1): HostEmbed[] {
  if (!/<(script|iframe)/i.test(body)) return [];
  const code = codeRanges(body);
  const lineAt = lineFinder(body, firstLine);
  const embeds: HostEmbed[] = [];
  let block = 0;
  for (const element of elements(body)) {
    const { start, end } = element;
    // The elements come in order, as do the code blocks: each block is passed once.
    while (block < code.length && code[block][1] <= start) block++;
    if (block < code.length && code[block][0] <= start) continue;
    const src = element.src.replace(/&amp;/g, "&");
    const host = hostOf(src);
    if (!host) continue;
    embeds.push({ ...host, src, line: lineAt(start), start, end });
  }
  return embeds;
}

/**
 * The body without its host players, for rendering and checking: each embed's text is blanked and
 * its line breaks kept, so that every line after it keeps its number in messages.
 */
export function removeHostEmbeds(body: string): string {
  const embeds = findHostEmbeds(body);
  let out = "";
  let at = 0;
  for (const embed of embeds) {
    out += body.slice(at, embed.start) + body.slice(embed.start, embed.end).replace(/[^\n]/g, "");
    at = embed.end;
  }
  return embeds.length ? out + body.slice(at) : body;
}

/**
 * The body without its host players, for writing back to the file: an embed alone on its lines
 * goes with its lines (and one of the blank lines around it), one inside other text leaves the text.
 */
export function deleteHostEmbeds(body: string): string {
  const embeds = findHostEmbeds(body);
  let out = "";
  let at = 0;
  for (const embed of embeds) {
    const lineStart = body.lastIndexOf("\n", embed.start - 1) + 1;
    const next = body.indexOf("\n", embed.end);
    const lineEnd = next < 0 ? body.length : next;
    const alone = !/\S/.test(body.slice(lineStart, embed.start)) && !/\S/.test(body.slice(embed.end, lineEnd));
    if (alone && lineStart >= at) {
      out += body.slice(at, lineStart);
      at = next < 0 ? body.length : next + 1;
      const blankBefore = out === "" || out.endsWith("\n\n");
      if (blankBefore && body[at] === "\n") at++;
    } else {
      out += body.slice(at, embed.start);
      at = embed.end;
    }
  }
  const rest = body.slice(at);
  // An embed that closed the file leaves no blank line behind it.
  return embeds.length ? (rest === "" && out.endsWith("\n\n") ? out.slice(0, -1) : out + rest) : body;
}

/**
 * An episode whose only player is its host's: the build drops the embed, so the page would have
 * no audio and the episode no feed item. One warning per embed, at its line.
 */
export function hostEmbedWarnings(file: string, body: string, bodyLine: number, hasAudio: boolean): Problem[] {
  if (hasAudio) return [];
  return findHostEmbeds(body, bodyLine).map((embed) => ({
    file,
    line: embed.line,
    field: "audio",
    message: `expected audio in the front matter, found only a ${embed.host} player, which the site does not publish: run \`npm run import -- <the ${embed.host} feed URL>\` to bring in the audio and guid`,
  }));
}
