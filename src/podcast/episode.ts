import type { Locale } from "../i18n/locale.ts";
import { routes } from "../routes.ts";
import { audioType } from "./audio-type.ts";
import { dateIn } from "./dates.ts";
import type { EpisodeData, License, Location, Value } from "./schema.ts";
import { isRemote } from "./schema.ts";
import { stripControl, summarize } from "./text.ts";

export type EpisodeType = "full" | "trailer" | "bonus";

export interface Guest {
  /** The slug of the guest's file in `src/content/guests/`, when the episode names one. */
  id?: string;
  name: string;
  role?: string;
  url?: string;
  image?: string;
  /** The guest's page on this site, set by the catalog. */
  page?: string;
  /** Where the front matter names the guest, for messages: `["guest"]`, or `["guests", 2]`. */
  field?: (string | number)[];
}

export interface Audio {
  /** The URL listeners and apps fetch: absolute for remote audio, a site path otherwise. */
  url: string;
  remote: boolean;
  length?: number;
  type?: string;
  duration?: number;
}

export interface Chapter {
  start: number;
  title: string;
  url?: string;
}

/** A moment worth sharing (`podcast:soundbite`): seconds from the start, and how long it lasts. */
export interface Soundbite {
  start: number;
  duration: number;
  title?: string;
}

/** Another file of the episode (`podcast:alternateEnclosure`): video, another format or bitrate. */
export interface Alternate {
  /** Absolute for a remote file, a site path otherwise, as `Audio.url`. */
  url: string;
  remote: boolean;
  type: string;
  /** Read from a local file by the data layer; as written for a remote one. */
  length?: number;
  bitrate?: number;
  height?: number;
  title?: string;
  default: boolean;
  /** Further places apps may fetch it from, after `url`: https URLs, or `ipfs://` for the feed alone. */
  sources: string[];
}

/** Someone the episode credits besides its guests (`podcast:person`): a host, the cover's artist … */
export interface Person {
  name: string;
  /** A role of the namespace's taxonomy, lowercase: `host`, `cover art designer`. */
  role: string;
  /** The taxonomy's group of the role: `cast`, `visuals`. */
  group: string;
  url?: string;
  image?: string;
}

/** A transcript published elsewhere, linked in the feed as it is (`podcast:transcript`). */
export interface OtherTranscript {
  url: string;
  type: string;
  language?: string;
  rel?: "captions";
}

/** Where listeners talk about the episode (`podcast:socialInteract`), first the one to show first. */
export interface Conversation {
  protocol: string;
  url?: string;
  priority?: number;
  accountId?: string;
  accountUrl?: string;
}

export type { License, Location, Value };

/**
 * The one normalised episode that pages, the feed and search read. It says what the episode is
 * and where the site serves it, never where its files lie on disk: that is `localFiles`.
 */
export interface Episode {
  /** The collection entry id, used to render the show notes. */
  id: string;
  /** The episode's file, from the project root: what messages name for the editor to open. */
  file: string;
  slug: string;
  url: string;
  title: string;
  date: Date;
  draft: boolean;
  season: number;
  episode: number;
  episodeType: EpisodeType;
  /** `S01 E06`, or `S01 Trailer` for a trailer numbered 0. */
  label: string;
  guests: Guest[];
  summary: string;
  /** The summary was written as `description`, so it is not already the start of the show notes. */
  ownSummary: boolean;
  audio?: Audio;
  guid: string;
  explicit: boolean;
  image?: string;
  transcript?: string;
  /** Transcripts elsewhere, besides `transcript`: a plain-text one, captions in another language. */
  otherTranscripts: OtherTranscript[];
  /** Everyone credited besides the guests; its hosts replace the show's on this episode. */
  persons: Person[];
  chapters: Chapter[];
  tags: string[];
  aliases: string[];
  soundbites: Soundbite[];
  alternates: Alternate[];
  locations: Location[];
  license?: License;
  conversations: Conversation[];
  /** The episode's own value split, which replaces the show's. */
  value?: Value;
}

/** A file of the project that an episode names, where the site serves it and where it lies. */
export interface LocalFile {
  url: string;
  /** The file, from the project root. */
  source: string;
  /** The field's path in the front matter, e.g. `["guests", 0, "image"]`. */
  field: (string | number)[];
}

export interface EntryLike {
  id: string;
  data: EpisodeData;
  body?: string;
  filePath?: string;
}

export interface ModelContext {
  /** The site's absolute URL: the default guid is the canonical page URL. */
  site: string;
  /** The show's `explicit` setting, the default for each episode. */
  explicit: boolean;
  /** The show's time zone: a date written without an offset is a day or a time there. */
  timeZone: string;
  /** The show's locale, for the number label (`S01 E06`, `T01 E06`). */
  locale: Pick<Locale, "t">;
}

/** `6` → `06`: season and episode numbers in labels and file names. */
export const twoDigits = (n: number) => String(n).padStart(2, "0");

export function episodeLabel(season: number, episode: number, type: EpisodeType, locale: Pick<Locale, "t">): string {
  const numbers = { season: twoDigits(season), episode: twoDigits(episode) };
  return locale.t(type === "trailer" && episode === 0 ? "trailerLabel" : "episodeLabel", numbers);
}

/** Resolves a path written in front matter: `/x` lives in `public/`, anything else beside the file. */
function resolveLocal(ref: string, file: string, slug: string): { url: string; source: string } {
  if (ref.startsWith("/")) return { url: routes.asset(ref), source: `public${ref}` };
  const name = ref.replace(/^\.\//, "");
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  return { url: routes.episodeFile(slug, name), source: `${dir}${name}` };
}

function clean<T extends string | undefined>(text: T): T {
  return (text === undefined ? text : stripControl(text)) as T;
}

/** Every file of the project that an episode's fields name (audio, art, transcript), in field order. */
export function localFiles(entry: EntryLike): LocalFile[] {
  const { data } = entry;
  const file = entry.filePath ?? entry.id;
  const refs: [string | undefined, LocalFile["field"]][] = [
    ...(data.guests ?? []).map((g, i): [string | undefined, LocalFile["field"]] => [g.image, ["guests", i, "image"]]),
    [data.audio?.url, ["audio", "url"]],
    [data.image, ["image"]],
    [data.transcript, ["transcript"]],
    ...(data.alternateEnclosures ?? []).map((a, i): [string | undefined, LocalFile["field"]] => [
      a.url,
      ["alternateEnclosures", i, "url"],
    ]),
  ];
  return refs.flatMap(([ref, field]) =>
    ref && !isRemote(ref) ? [{ field, ...resolveLocal(ref, file, entry.id) }] : [],
  );
}

/** The project's file that a field names (`audio.url`, `transcript`), from the root, if it names one. */
export const localFileOf = (files: readonly LocalFile[], field: string) =>
  files.find((f) => f.field.join(".") === field)?.source;

/** Where a conversation without a priority goes: after those with one. */
const LAST = Number.MAX_SAFE_INTEGER;

export function toEpisode(entry: EntryLike, context: ModelContext): Episode {
  const data = entry.data;
  const file = entry.filePath ?? entry.id;
  const slug = entry.id;
  const url = routes.episode(slug);
  const episodeType: EpisodeType = data.episodeType ?? (data.episode === 0 ? "trailer" : "full");
  const siteUrl = (ref: string | undefined) => (ref && !isRemote(ref) ? resolveLocal(ref, file, slug).url : ref);

  const guests: Guest[] = (data.guests ?? []).map((g, i) => ({
    ...(g.id && { id: g.id }),
    name: clean(g.name),
    role: clean(g.role),
    url: g.url,
    image: siteUrl(g.image),
    field: ["guests", i],
  }));
  if (data.guest && !guests.some((g) => g.name === data.guest)) {
    guests.unshift({ name: clean(data.guest), role: clean(data.role), field: ["guest"] });
  }

  let audio: Audio | undefined;
  if (data.audio) {
    const { url: ref, length, type, duration } = data.audio;
    audio = { url: siteUrl(ref)!, remote: isRemote(ref), length, type: type ?? audioType(ref), duration };
  }

  return {
    id: entry.id,
    file,
    slug,
    url,
    title: clean(data.title),
    date: dateIn(data.date, context.timeZone),
    draft: data.draft,
    season: data.season,
    episode: data.episode,
    episodeType,
    label: episodeLabel(data.season, data.episode, episodeType, context.locale),
    guests,
    summary: summarize(entry.body ?? "", data.description),
    ownSummary: Boolean(data.description?.trim()),
    audio,
    guid: data.guid ?? new URL(url, context.site).href,
    explicit: data.explicit ?? context.explicit,
    image: siteUrl(data.image),
    transcript: siteUrl(data.transcript),
    otherTranscripts: (data.transcripts ?? []).map((t) => ({ ...t })),
    persons: (data.persons ?? []).map((p) => ({ ...p, name: clean(p.name) })),
    // In the order written: the content check reports chapters out of order rather than sort them.
    chapters: (data.chapters ?? []).map((c) => ({ ...c, title: clean(c.title) })),
    tags: data.tags.map(clean),
    aliases: data.aliases.map((a) => (a.endsWith("/") || /\.\w+$/.test(a) ? a : `${a}/`)),
    soundbites: (data.soundbites ?? []).map((b) => ({ ...b, title: clean(b.title) })),
    alternates: (data.alternateEnclosures ?? []).map((a) => ({
      ...a,
      url: siteUrl(a.url)!,
      remote: isRemote(a.url),
      title: clean(a.title),
      default: a.default ?? false,
      sources: a.sources ?? [],
    })),
    locations: (data.location ?? []).map((l) => ({ ...l, name: clean(l.name) })),
    license: data.license,
    // Lower numbers first, as the namespace orders them; the order written among equals.
    conversations: (data.socialInteract ?? [])
      .map((c) => ({ ...c }))
      .sort((a, b) => (a.priority ?? LAST) - (b.priority ?? LAST)),
    value: data.value,
  };
}

export const isPublished = (episode: Episode, now: Date) => !episode.draft && episode.date.getTime() <= now.getTime();

/** Newest first; on the same day the higher season and episode number come first. */
export function newestFirst(a: Episode, b: Episode): number {
  return (
    b.date.getTime() - a.date.getTime() || b.season - a.season || b.episode - a.episode || a.slug.localeCompare(b.slug)
  );
}
