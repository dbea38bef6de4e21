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

// A `<script src>` with its end tag, or an `<iframe src>` with its end tag (or none, as some hosts
// write it), and the empty container `<div>` that Buzzsprout's script fills, just before it.
const ELEMENT =
  /(?:<div\s+id=["']buzzsprout-player-\d+["']\s*>\s*<\/div>\s*)?<(script|iframe)\b([^>]*?)\bsrc\s*=\s*(["'])([^"']+)\3([^>]*)>(?:[\s\S]*?<\/\1\s*>)?/gi;
const FENCE = /^ {0,3}(```|~~~)/;

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

const lineAt = (text: string, index: number, firstLine: number) =>
  firstLine + text.slice(0, index).split("\n").length - 1;

/** Every host player in a Markdown body, in order; `firstLine` is the line the body starts on. */
export function findHostEmbeds(body: string, firstLine = 1): HostEmbed[] {
  if (!/<(script|iframe)/i.test(body)) return [];
  const code = codeRanges(body);
  const embeds: HostEmbed[] = [];
  for (const match of body.matchAll(ELEMENT)) {
    const start = match.index;
    if (code.some(([from, to]) => start >= from && start < to)) continue;
    const src = match[4].replace(/&amp;/g, "&");
    const host = hostOf(src);
    if (!host) continue;
    embeds.push({ ...host, src, line: lineAt(body, start, firstLine), start, end: start + match[0].length });
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
