/**
 * Moments of an episode as people write them: `12:34`, `1:02:03`, `754`, `754.5` and `12m34s`. Pure
 * and tiny, since the player's script imports it too.
 */

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/;
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/;

/** Seconds of a written timestamp, which may overflow to Infinity, or undefined when it is not one. */
function secondsOf(text: string): number | undefined {
  const value = text.trim().replace(/^npt:/, "");
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const clock = CLOCK.exec(value);
  if (clock) {
    const [, h, m, s] = clock;
    if (Number(s) >= 60 || (h !== undefined && Number(m) >= 60)) return undefined;
    return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  }
  const units = value ? UNITS.exec(value) : null;
  if (!units) return undefined;
  return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
}

/** Seconds of a written timestamp, or undefined when it is not one (or too large to be one). */
export function parseTimestamp(text: string): number | undefined {
  const value = secondsOf(text);
  return Number.isFinite(value) ? value : undefined;
}

export interface Moment {
  start: number;
  /** Where a range (`#t=1:00,2:00`) ends. */
  end?: number;
}

/**
 * A page's address (`routes.episode(slug)`) that opens it at a moment, 754 s in: the same address
 * with `?t=754`. The one writer of the query that `parseMoment` reads. The pages reach it through
 * routes.ts (`momentQuery`); the search page's script, which cannot import routes.ts, directly.
 */
export const atMoment = (url: string, seconds: number) => `${url}?t=${Math.floor(seconds)}`;

/**
 * The moment a page address asks for: `?t=12:34`, `?t=754`, or Podlove's `#t=12:34` and
 * `#t=1:00,2:00` (the media-fragment form). The fragment wins when both are given. Addresses are
 * anyone's to write: a moment past the episode's `duration` (when known) is its end, and one too
 * large to be a number is no moment without a duration to clamp it to.
 */
export function parseMoment(search: string, hash: string, duration?: number): Moment | undefined {
  const fragment = new URLSearchParams(hash.replace(/^#/, "")).get("t");
  const query = new URLSearchParams(search).get("t");
  const [from, to] = (fragment ?? query ?? "").split(",");
  const length = duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : Infinity;
  const clamp = (text: string | undefined) => {
    const value = text ? secondsOf(text) : undefined;
    return value === undefined ? undefined : Math.min(value, length);
  };
  const start = clamp(from);
  if (start === undefined || !Number.isFinite(start)) return undefined;
  const end = clamp(to);
  return end !== undefined && end > start && Number.isFinite(end) ? { start, end } : { start };
}

/** `754` → `"12:34"`, `3725` → `"1:02:05"`: what a moment link shows, in whole seconds. */
export function formatTimestamp(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

// A timestamp at the start of a line of text, followed by its topic.
const LEADING = /(^|\n)([([]?)(\d{1,2}:\d{2}(?::\d{2})?)([)\]]?)(?=[\s:–—-])/g;
// Elements whose text is never linked: links already, and code.
const NO_LINKS = new Set(["a", "code", "pre", "script", "style", "textarea"]);
const NAME = /[a-z0-9-]/i;

/** Where the tag (or comment) starting at `<` ends, after its `>`: quoted attribute values may hold `>`. */
function tagEnd(html: string, at: number): number {
  if (html.startsWith("<!--", at)) {
    const close = html.indexOf("-->", at + 4);
    return close < 0 ? html.length : close + 3;
  }
  let i = at + 1;
  while (i < html.length && html[i] !== ">") {
    if (html[i] === "=") {
      while (i + 1 < html.length && /\s/.test(html[i + 1])) i++;
      const quote = html[i + 1];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 2);
        if (close < 0) return html.length;
        i = close;
      }
    }
    i++;
  }
  return Math.min(i + 1, html.length);
}

/** A text's leading timestamps (at its start when it starts a line, and after each newline) as seek links. */
const linkText = (text: string, startsLine: boolean, moment: (seconds: number) => string) =>
  text.replace(LEADING, (match, before: string, open: string, stamp: string, close: string, at: number) => {
    const time = parseTimestamp(stamp);
    if (time === undefined || (at === 0 && !before && !startsLine)) return match;
    return `${before}${open}<a class="moment" href="${moment(time)}" data-seek="${time}">${stamp}</a>${close}`;
  });

/**
 * Show notes with each leading timestamp (`12:34 Topic`, as YouTube and Spotify read descriptions)
 * turned into a link that seeks the player. Only text is read, in one pass: never an attribute's
 * value, a comment, or what a link or code already holds. A text starts a line after a newline,
 * `<p>`, `<li>` or `<br>`. Links go to the address `moment` makes (routes.ts `momentQuery`, which
 * this module leaves to its caller: routes.ts would bring the show config along).
 */
export function linkTimestamps(html: string, moment: (seconds: number) => string): string {
  let out = "";
  let copied = 0;
  let startsLine = false;
  let skipped = 0;
  let i = 0;
  while (i < html.length) {
    let lt = html.indexOf("<", i);
    // A `<` that starts no tag (`a < b`) is text.
    while (lt >= 0 && !/[a-z/!]/i.test(html[lt + 1] ?? "")) lt = html.indexOf("<", lt + 1);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      // Only a text that changes is copied: the notes are kept as they are around it.
      const text = skipped ? "" : html.slice(i, textEnd);
      const linked = text && linkText(text, startsLine, moment);
      if (linked !== text) {
        out += html.slice(copied, i) + linked;
        copied = textEnd;
      }
      startsLine = html[textEnd - 1] === "\n";
    }
    if (lt < 0) break;
    const end = tagEnd(html, lt);
    const closing = html[lt + 1] === "/";
    let nameEnd = lt + (closing ? 2 : 1);
    while (nameEnd < end && NAME.test(html[nameEnd])) nameEnd++;
    const name = html.slice(lt + (closing ? 2 : 1), nameEnd).toLowerCase();
    if (NO_LINKS.has(name) && html[end - 2] !== "/") skipped = closing ? Math.max(0, skipped - 1) : skipped + 1;
    const bare = end === nameEnd + 1 || (name === "br" && /^\s*\/?>$/.test(html.slice(nameEnd, end)));
    startsLine = (!closing && bare && (name === "p" || name === "li" || name === "br")) || (startsLine && !name);
    i = end;
  }
  return copied ? out + html.slice(copied) : html;
}
