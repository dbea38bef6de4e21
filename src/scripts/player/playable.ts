/**
 * What the player accepts to play: an episode as the server writes it in `data-player` and
 * `data-play`, or as the player stored it in `localStorage`, which another script of the origin,
 * an old version, or a listener may have changed. Links go only to the site, audio and art come
 * only from the site or over `https:`. Pure and tiny: the player must stay under 5 KB gzipped.
 */

/** One episode, ready to play. */
export interface Playable {
  guid: string;
  title: string;
  src: string;
  url: string;
  show: string;
  /** The number label, `S01 E06`. */
  label?: string;
  art?: string;
  /** The art as a page showed it, small: what the bar shows. */
  thumb?: string;
  chapters?: [number, string][];
}

const parse = (url: string, base: string) => {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
};

/**
 * A path of the site: a single leading `/`, and still the page's origin once a browser reads it
 * (`//host/`, `/\host/` and `/<tab>/host/` are other sites).
 */
export const sitePath = (url: unknown, base: string): url is string =>
  typeof url === "string" && /^\/(?![/\\])/.test(url) && parse(url, base)?.origin === new URL(base).origin;

/** Audio or art the player may load: a path of the site, or an `https:` URL. */
export const mediaUrl = (url: unknown, base: string): url is string =>
  sitePath(url, base) ||
  (typeof url === "string" && /^https:\/\/[^/]/i.test(url) && parse(url, base)?.protocol === "https:");

const isText = (value: unknown): value is string => typeof value === "string";

/** The episode a JSON text describes when each field is what the player expects; else undefined. */
export function playable(json: string | null | undefined, base: string): Playable | undefined {
  let value: Partial<Record<keyof Playable, unknown>>;
  try {
    value = JSON.parse(json ?? "") as typeof value;
  } catch {
    return undefined;
  }
  const { guid, title, src, url, show, label, art, thumb, chapters } = value ?? {};
  if (!isText(guid) || !isText(title) || !isText(show) || !mediaUrl(src, base) || !sitePath(url, base))
    return undefined;
  const marks =
    Array.isArray(chapters) && chapters.every((c: unknown) => Array.isArray(c) && Number.isFinite(c[0]) && isText(c[1]))
      ? (chapters as [number, string][])
      : undefined;
  const media = (url: unknown) => (mediaUrl(url, base) ? url : undefined);
  return {
    guid,
    title,
    src,
    url,
    show,
    label: isText(label) ? label : undefined,
    art: media(art),
    thumb: media(thumb),
    chapters: marks,
  };
}

/** Seconds as stored or written in an attribute: a number of 0 or more, or undefined. */
export const seconds = (text: string | null | undefined): number | undefined => {
  const value = text ? Number(text) : NaN;
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};
