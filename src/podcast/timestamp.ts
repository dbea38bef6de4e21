/**
 * Moments of an episode as people write them: `12:34`, `1:02:03`, `754`, `754.5` and `12m34s`. Pure
 * and tiny, since the player's script imports it too.
 */

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/;
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/;

/** Seconds of a written timestamp, or undefined when it is not one. */
export function parseTimestamp(text: string): number | undefined {
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

export interface Moment {
  start: number;
  /** Where a range (`#t=1:00,2:00`) ends. */
  end?: number;
}

/**
 * The moment a page address asks for: `?t=12:34`, `?t=754`, or Podlove's `#t=12:34` and
 * `#t=1:00,2:00` (the media-fragment form). The fragment wins when both are given.
 */
export function parseMoment(search: string, hash: string): Moment | undefined {
  const fragment = new URLSearchParams(hash.replace(/^#/, "")).get("t");
  const query = new URLSearchParams(search).get("t");
  const [from, to] = (fragment ?? query ?? "").split(",");
  const start = from ? parseTimestamp(from) : undefined;
  if (start === undefined) return undefined;
  const end = to ? parseTimestamp(to) : undefined;
  return end !== undefined && end > start ? { start, end } : { start };
}

/** `754` → `"12:34"`, `3725` → `"1:02:05"`: what a moment link shows, in whole seconds. */
export function formatTimestamp(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

// A timestamp at the start of a paragraph, a list item or a line of one, followed by its topic.
const LEADING = /(<li>|<p>|<br\s*\/?>\n?|\n)([([]?)(\d{1,2}:\d{2}(?::\d{2})?)([)\]]?)(?=[\s:–—-])/g;

/**
 * Show notes with each leading timestamp (`12:34 Topic`, as YouTube and Spotify read descriptions)
 * turned into a link that seeks the player, to the address `moment` makes (routes.ts
 * `momentQuery`, which this module leaves to its caller: the player's script imports it, and
 * routes.ts would bring the show config along); code blocks are left alone.
 */
export function linkTimestamps(html: string, moment: (seconds: number) => string): string {
  return html
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(LEADING, (match, before: string, open: string, stamp: string, close: string) => {
            const seconds = parseTimestamp(stamp);
            if (seconds === undefined) return match;
            return `${before}${open}<a class="moment" href="${moment(seconds)}" data-seek="${seconds}">${stamp}</a>${close}`;
          }),
    )
    .join("");
}
