import { parseRssFeed } from "feedsmith";
import { audioType } from "../../podcast/audio-type.ts";
import { LIMITS } from "../../podcast/schema.ts";
import { channelSettings, itemFields } from "./namespace.ts";

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
  /** `podcast:transcript`s; a language only where it is not the channel's (the feed's default). */
  transcripts: { url: string; type?: string; language?: string; rel?: string }[];
  /** `podcast:chapters`: a JSON file to fetch. */
  chaptersUrl?: string;
  /** `psc:chapters`, written in the feed. */
  chapters: FeedChapter[];
  persons: FeedPerson[];
  /** Podcasting 2.0 tags in the shape of the site's fields (soundbites, location …), not yet checked. */
  fields: Record<string, unknown>;
  /** What reading the item cleaned or left out: characters, addresses, numbers the site cannot take. */
  notes: string[];
  /** Why the item cannot be imported at all, if it cannot: nothing is written for it. */
  refused: string[];
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
  /** Podcasting 2.0 tags in the shape of the show's settings (license, podroll …), not yet checked. */
  settings: Record<string, unknown>;
  /** What reading the channel cleaned or left out. */
  notes: string[];
}

export interface Feed {
  channel: FeedChannel;
  items: FeedItem[];
}

/** A feed that cannot be imported, with what to do about it. */
export class FeedError extends Error {}

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : typeof value === "number" ? String(value) : undefined;

/** `01:02:03`, `62:03`, `3723` or `3723.5` → seconds, up to the site's limit of 100 hours. */
export function seconds(value: unknown): number | undefined {
  const text = typeof value === "number" ? (Number.isFinite(value) && value >= 0 ? String(value) : "") : str(value);
  if (!text || !/^\d{1,9}(:\d{1,2}){0,2}(\.\d+)?$/.test(text)) return undefined;
  const total = Math.round(text.split(":").reduce((sum, part) => sum * 60 + Number(part), 0));
  return total <= LIMITS.seconds ? total : undefined;
}

/** The first of a value's places in the feed that holds something (`content:encoded`, else `description`). */
const first = (...values: unknown[]) => values.find((value) => str(value) !== undefined);

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

// Characters no text of the site holds: C0 and C1 controls (tab and line breaks aside), DEL, and
// the bidirectional embeddings, overrides and isolates that make a text read other than it is.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** What a guid may not hold, and messages may not print: the above and line breaks. */
// eslint-disable-next-line no-control-regex
const UNREADABLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
const UNREADABLE_ALL = new RegExp(UNREADABLE.source, "g");
/** A value in a message, quoted, shortened, every invisible character written as its escape. */
const shown = (text: string) =>
  JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(
    UNREADABLE_ALL,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );

/** Why a text is no absolute address of one of the schemes, if it is not. */
function urlProblem(text: string, schemes: readonly string[]): string | undefined {
  const expected = `expected an ${schemes.join(":// or ")}:// address`;
  const scheme = /^([a-z][a-z\d+.-]*):\/\/[^\s/?#]+/i.exec(text)?.[1].toLowerCase();
  if (!scheme || !schemes.includes(scheme)) return expected;
  if (/\s/.test(text) || UNREADABLE.test(text)) return `${expected} without spaces or control characters`;
  return URL.canParse(text) ? undefined : expected;
}

/**
 * Reads the values of one item or the channel, cleaning what the site cannot take and noting
 * each change, so that the import names it for that item.
 */
export class Reader {
  readonly notes: string[] = [];

  /** Text, without invisible characters; on one line unless `lines`. */
  text(value: unknown, what: string, lines = false): string | undefined {
    const raw = str(value);
    if (raw === undefined) return undefined;
    const count = raw.match(INVISIBLE)?.length ?? 0;
    if (count) {
      this.notes.push(
        `removed ${count === 1 ? "a control or bidirectional character" : `${count} control or bidirectional characters`} from the ${what}`,
      );
    }
    const clean = raw.replace(INVISIBLE, "");
    return (
      (lines ? clean.replace(/[\u2028\u2029]/g, "\n") : clean.replace(/[\s\u2028\u2029]+/g, " ")).trim() || undefined
    );
  }

  /** An absolute web address, or nothing with a note: no `javascript:`, `data:` or `file:`. */
  url(value: unknown, what: string, schemes: readonly string[] = ["https", "http"]): string | undefined {
    const raw = str(value);
    const problem = raw === undefined ? undefined : urlProblem(raw, schemes);
    if (!problem) return raw;
    this.notes.push(`left out the ${what} ${shown(raw!)}: ${problem}`);
    return undefined;
  }

  /** A whole number written in digits, from `min` to `max`, or nothing with a note. */
  whole(value: unknown, what: string, min: number, max: number): number | undefined {
    const raw = str(value);
    if (raw === undefined) return undefined;
    const n = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    this.notes.push(`left out the ${what} ${shown(raw)}: expected a whole number from ${min} to ${max}`);
    return undefined;
  }

  duration(value: unknown, what: string): number | undefined {
    const raw = str(value);
    if (raw === undefined) return undefined;
    const read = seconds(raw);
    if (read === undefined) {
      this.notes.push(`left out the ${what} ${shown(raw)}: expected seconds or H:MM:SS, at most 100 hours`);
    }
    return read;
  }

  /** The audio's MIME type: the one its file name says, else the feed's if it is an audio type. */
  audioType(value: unknown, url: string): string | undefined {
    const raw = this.text(value, "audio type");
    const named = audioType(url);
    if (named) {
      if (raw && raw.toLowerCase() !== named)
        this.notes.push(`wrote the audio type ${named}, as the file name says, not ${shown(raw)}`);
      return named;
    }
    if (raw === undefined || /^audio\/[\w.+-]+$/.test(raw)) return raw;
    this.notes.push(`left out the audio type ${shown(raw)}: expected an audio type like audio/mpeg`);
    return undefined;
  }

  /** A date from year 1000 to 9999, as front matter writes dates. */
  date(value: unknown): Date | undefined {
    const raw = str(value);
    if (raw === undefined) return undefined;
    const read = date(raw);
    const year = read?.getUTCFullYear();
    if (year !== undefined && year >= 1000 && year <= 9999) return read;
    this.notes.push(`left out the date ${shown(raw)}: expected a date the feed's apps can read`);
    return undefined;
  }
}

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The same language, by its primary subtag: `en-US` is the `en` of a channel. */
const sameLanguage = (a: string, b: string | undefined) =>
  a.split("-")[0].toLowerCase() === b?.split("-")[0].toLowerCase();

function itemOf(raw: Raw, index: number, language: string | undefined): FeedItem {
  const itunes: Raw = raw.itunes ?? {};
  const podcast: Raw = raw.podcast ?? {};
  const read = new Reader();
  const refused: string[] = [];
  const enclosure: Raw | undefined = (raw.enclosures ?? []).find((e: Raw) => str(e?.url));
  const type = str(itunes.episodeType)?.toLowerCase();
  const guid = str(raw.guid?.value ?? raw.guid);
  // An app knows the episode by its guid, to the character: one it cannot read is not cleaned.
  if (guid && UNREADABLE.test(guid)) {
    refused.push(`its guid holds control characters, which no episode file may: fix it at the host`);
  }
  let audio: FeedAudio | undefined;
  if (enclosure) {
    const url = str(enclosure.url)!;
    const problem = urlProblem(url, ["https"]);
    if (!problem) {
      audio = {
        url,
        length: read.whole(enclosure.length, "audio length", 1, LIMITS.bytes),
        type: read.audioType(enclosure.type, url),
        duration: read.duration(itunes.duration, "duration"),
      };
    } else refused.push(`its audio address ${shown(url)} cannot be published: ${problem}`);
  }
  const title = read.text(first(raw.title, itunes.title), "title") ?? `Item ${index}`;
  return {
    index,
    title,
    guid: guid?.replace(UNREADABLE_ALL, "?"),
    link: str(raw.link),
    date: read.date(raw.pubDate),
    season: read.whole(first(itunes.season, podcast.season?.number), "season number", 1, LIMITS.season),
    episode: read.whole(first(itunes.episode, podcast.episode?.number), "episode number", 0, LIMITS.episode),
    episodeType: type === "full" || type === "trailer" || type === "bonus" ? type : undefined,
    explicit: explicitOf(itunes.explicit),
    subtitle: read.text(itunes.subtitle, "summary", true),
    html: read.text(first(raw.content?.encoded, raw.description, itunes.summary), "show notes", true) ?? "",
    audio,
    image: read.url(first(itunes.image?.href, itunes.image), "episode image", ["https"]),
    transcripts: (podcast.transcripts ?? []).flatMap((t: Raw) => {
      const url = read.url(t?.url, "transcript address", ["https"]);
      const lang = read.text(t?.language, "transcript language");
      const rel = read.text(t?.rel, "transcript rel");
      return url
        ? [
            {
              url,
              type: str(t.type),
              ...(lang && !sameLanguage(lang, language) && { language: lang }),
              ...(rel && { rel }),
            },
          ]
        : [];
    }),
    chaptersUrl: read.url(podcast.chapters?.url, "chapters address"),
    chapters: (raw.psc?.chapters ?? []).flatMap((c: Raw) => {
      const start = read.duration(str(c?.start)?.replace(/\.\d+$/, ""), "chapter start");
      const title = read.text(c?.title, "chapter title");
      const url = read.url(c?.href, "chapter link");
      return start === undefined || !title ? [] : [{ start, title, ...(url ? { url } : {}) }];
    }),
    persons: (podcast.persons ?? []).flatMap((p: Raw) => {
      const name = read.text(first(p?.display, p?.name), "person's name");
      if (!name) return [];
      const role = (read.text(p.role, "person's role") ?? "host").toLowerCase();
      return [
        { name, role, url: read.url(p.href, "person's link"), image: read.url(p.img, "person's image", ["https"]) },
      ];
    }),
    fields: itemFields(podcast),
    notes: read.notes,
    refused,
  };
}

/** Items that share a guid: an app would take them for one episode, so none of them is imported. */
function refuseSharedGuids(items: FeedItem[]) {
  const byGuid = new Map<string, FeedItem[]>();
  for (const item of items) if (item.guid) byGuid.set(item.guid, [...(byGuid.get(item.guid) ?? []), item]);
  for (const [guid, sharing] of byGuid) {
    if (sharing.length < 2) continue;
    for (const item of sharing) {
      const others = sharing.filter((other) => other !== item).map((other) => `item ${other.index} "${other.title}"`);
      item.refused.push(
        `its guid ${shown(guid)} is also that of ${others.join(", ")}: apps would take them for one episode; give each its own guid at the host`,
      );
    }
  }
}

function channelOf(raw: Raw): FeedChannel {
  const itunes: Raw = raw.itunes ?? {};
  const podcast: Raw = raw.podcast ?? {};
  const read = new Reader();
  const funding: Raw | undefined = (podcast.fundings ?? []).find((f: Raw) => str(f?.url));
  const fundingUrl = funding && read.url(funding.url, "funding link");
  const type = str(itunes.type)?.toLowerCase();
  return {
    title: read.text(first(raw.title, itunes.title), "title") ?? "",
    description: read.text(first(raw.description, itunes.summary), "description", true),
    link: str(raw.link),
    author: read.text(first(itunes.author, raw.managingEditor), "author"),
    owner: itunes.owner
      ? { name: read.text(itunes.owner.name, "owner's name"), email: read.text(itunes.owner.email, "owner's email") }
      : undefined,
    language: read.text(raw.language, "language")?.toLowerCase(),
    categories: (itunes.categories ?? []).flatMap((c: Raw) => {
      const name = read.text(c?.text, "category");
      return name ? [{ name, subcategory: read.text(c.categories?.[0]?.text, "category") }] : [];
    }),
    explicit: explicitOf(itunes.explicit),
    type: type === "episodic" || type === "serial" ? type : undefined,
    image: read.url(first(itunes.image?.href, itunes.image, raw.image?.url), "cover art address"),
    funding: fundingUrl
      ? { url: fundingUrl, text: read.text(funding.display, "funding text") ?? "Support the show" }
      : undefined,
    guid: read.text(podcast.guid, "podcast:guid"),
    newFeedUrl: str(itunes.newFeedUrl),
    settings: channelSettings(podcast, itunes),
    notes: read.notes,
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
  const channel = channelOf(raw);
  const items: FeedItem[] = (raw.items ?? []).map((item: Raw, i: number) => itemOf(item, i + 1, channel.language));
  refuseSharedGuids(items);
  // Audio the site refuses (not https) is still audio: such a feed is a podcast's, its items named.
  const enclosed = (raw.items ?? []).some((item: Raw) => (item.enclosures ?? []).some((e: Raw) => str(e?.url)));
  if (!enclosed) {
    throw new FeedError(
      `expected a podcast feed whose items carry audio (an <enclosure>), found ${items.length ? `${items.length === 1 ? "an item" : `${items.length} items`} without audio` : "no items"} in ${source}: this looks like a blog's feed, not a podcast's`,
    );
  }
  return { channel, items };
}
