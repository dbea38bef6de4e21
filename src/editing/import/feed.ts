import { parseRssFeed } from "feedsmith";

/**
 * A host's podcast feed read into a plain model: only what the import writes, every value checked
 * for its type, so that the rest of the import never touches the parser's shapes.
 */

export interface FeedAudio {
  url: string;
  length?: number;
  type?: string;
  /** Seconds. */
  duration?: number;
}

export interface FeedPerson {
  name: string;
  role: string;
  url?: string;
  image?: string;
}

export interface FeedChapter {
  start: number;
  title: string;
  url?: string;
}

export interface FeedItem {
  /** The item's place in the feed, counted from 1, for messages. */
  index: number;
  title: string;
  guid?: string;
  link?: string;
  date?: Date;
  season?: number;
  episode?: number;
  episodeType?: "full" | "trailer" | "bonus";
  explicit?: boolean;
  /** A short summary: `itunes:subtitle`. */
  subtitle?: string;
  /** The show notes: `content:encoded`, else `description`, else `itunes:summary`. */
  html: string;
  audio?: FeedAudio;
  image?: string;
  transcripts: { url: string; type?: string }[];
  /** `podcast:chapters`: a JSON file to fetch. */
  chaptersUrl?: string;
  /** `psc:chapters`, written in the feed. */
  chapters: FeedChapter[];
  persons: FeedPerson[];
}

export interface FeedChannel {
  title: string;
  description?: string;
  link?: string;
  author?: string;
  owner?: { name?: string; email?: string };
  language?: string;
  categories: { name: string; subcategory?: string }[];
  explicit?: boolean;
  type?: "episodic" | "serial";
  image?: string;
  funding?: { url: string; text: string };
  /** `podcast:guid`: the show's id, which it keeps when it moves. */
  guid?: string;
  newFeedUrl?: string;
}

export interface Feed {
  channel: FeedChannel;
  items: FeedItem[];
}

/** A feed that cannot be imported, with what to do about it. */
export class FeedError extends Error {}

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : typeof value === "number" ? String(value) : undefined;

const int = (value: unknown): number | undefined => {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** `01:02:03`, `62:03`, `3723` or `3723.5` → seconds. */
export function seconds(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  const text = str(value);
  if (!text || !/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(text)) return undefined;
  return Math.round(text.split(":").reduce((total, part) => total * 60 + Number(part), 0));
}

const date = (value: unknown): Date | undefined => {
  const text = str(value);
  const parsed = text ? new Date(text) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined;
};

const explicitOf = (value: unknown): boolean | undefined =>
  typeof value === "boolean"
    ? value
    : /^(yes|true|explicit)$/i.test(str(value) ?? "")
      ? true
      : /^(no|false|clean)$/i.test(str(value) ?? "")
        ? false
        : undefined;

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function itemOf(raw: Raw, index: number): FeedItem {
  const itunes: Raw = raw.itunes ?? {};
  const podcast: Raw = raw.podcast ?? {};
  const enclosure: Raw | undefined = (raw.enclosures ?? []).find((e: Raw) => str(e?.url));
  const type = str(itunes.episodeType)?.toLowerCase();
  return {
    index,
    title: str(raw.title) ?? str(itunes.title) ?? `Item ${index}`,
    guid: str(raw.guid?.value ?? raw.guid),
    link: str(raw.link),
    date: date(raw.pubDate),
    season: int(itunes.season) ?? int(podcast.season?.number),
    episode: int(itunes.episode) ?? int(podcast.episode?.number),
    episodeType: type === "full" || type === "trailer" || type === "bonus" ? type : undefined,
    explicit: explicitOf(itunes.explicit),
    subtitle: str(itunes.subtitle),
    html: str(raw.content?.encoded) ?? str(raw.description) ?? str(itunes.summary) ?? "",
    audio: enclosure && {
      url: str(enclosure.url)!,
      length: int(enclosure.length) || undefined,
      type: str(enclosure.type),
      duration: seconds(itunes.duration),
    },
    image: str(itunes.image?.href ?? itunes.image),
    transcripts: (podcast.transcripts ?? [])
      .filter((t: Raw) => str(t?.url))
      .map((t: Raw) => ({ url: str(t.url)!, type: str(t.type) })),
    chaptersUrl: str(podcast.chapters?.url),
    chapters: (raw.psc?.chapters ?? []).flatMap((c: Raw) => {
      const start = seconds(str(c?.start)?.replace(/\.\d+$/, ""));
      const title = str(c?.title);
      return start === undefined || !title ? [] : [{ start, title, ...(str(c.href) ? { url: str(c.href) } : {}) }];
    }),
    persons: (podcast.persons ?? []).flatMap((p: Raw) => {
      const name = str(p?.display ?? p?.name);
      if (!name) return [];
      return [{ name, role: (str(p.role) ?? "host").toLowerCase(), url: str(p.href), image: str(p.img) }];
    }),
  };
}

function channelOf(raw: Raw): FeedChannel {
  const itunes: Raw = raw.itunes ?? {};
  const podcast: Raw = raw.podcast ?? {};
  const funding: Raw | undefined = (podcast.fundings ?? []).find((f: Raw) => str(f?.url));
  const type = str(itunes.type)?.toLowerCase();
  return {
    title: str(raw.title) ?? str(itunes.title) ?? "",
    description: str(raw.description) ?? str(itunes.summary),
    link: str(raw.link),
    author: str(itunes.author) ?? str(raw.managingEditor),
    owner: itunes.owner ? { name: str(itunes.owner.name), email: str(itunes.owner.email) } : undefined,
    language: str(raw.language)?.toLowerCase(),
    categories: (itunes.categories ?? []).flatMap((c: Raw) =>
      str(c?.text) ? [{ name: str(c.text)!, subcategory: str(c.categories?.[0]?.text) }] : [],
    ),
    explicit: explicitOf(itunes.explicit),
    type: type === "episodic" || type === "serial" ? type : undefined,
    image: str(itunes.image?.href ?? itunes.image) ?? str(raw.image?.url),
    funding: funding && { url: str(funding.url)!, text: str(funding.display) ?? "Support the show" },
    guid: str(podcast.guid),
    newFeedUrl: str(itunes.newFeedUrl),
  };
}

/**
 * Reads an RSS 2.0 podcast feed with the iTunes and Podcasting 2.0 namespaces. Anything else (a
 * broken file, an HTML page, an Atom or blog feed without audio) is a `FeedError` that says what
 * was found, and nothing is imported.
 */
export function readFeed(xml: string, source = "the feed"): Feed {
  let raw: Raw;
  try {
    raw = parseRssFeed(xml) as Raw;
  } catch (error) {
    const what = (error as Error).name === "MalformedError" ? "broken XML" : "no RSS 2.0 feed";
    throw new FeedError(
      `expected an RSS 2.0 podcast feed in ${source}, found ${what}: check that this is the feed's address (the one podcast apps subscribe to), not a web page`,
    );
  }
  const items = (raw.items ?? []).map((item: Raw, i: number) => itemOf(item, i + 1));
  if (!items.some((item: FeedItem) => item.audio)) {
    throw new FeedError(
      `expected a podcast feed whose items carry audio (an <enclosure>), found ${items.length ? `${items.length === 1 ? "an item" : `${items.length} items`} without audio` : "no items"} in ${source}: this looks like a blog's feed, not a podcast's`,
    );
  }
  return { channel: channelOf(raw), items };
}
