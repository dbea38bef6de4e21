import { type CollectionEntry, getCollection } from "astro:content";
import show from "../show.config.ts";
import { buildCatalog, type Catalog } from "../podcast/catalog.ts";
import { type Episode, type LocalFile, localFiles, toEpisode } from "../podcast/episode.ts";
import { buildNow } from "../podcast/now.ts";
import type { EpisodeData } from "../podcast/schema.ts";
import type { Problem } from "../problems.ts";
import { audioSource, withAudioFacts } from "./audio.ts";
import { devCache } from "./dev-cache.ts";
import { guestProfiles } from "./guests.ts";

export type Entry = CollectionEntry<"episodes">;
type EpisodeEntry = Entry & { data: EpisodeData };

/** A file the dev server keeps as its problems (the build stops on it instead). */
export interface BrokenEpisode {
  slug: string;
  problems: Problem[];
}

export interface Loaded {
  catalog: Catalog;
  entries: Map<string, Entry>;
  /** The files of the project each episode names, by episode id. */
  files: Map<string, LocalFile[]>;
  broken: BrokenEpisode[];
}

const isBroken = (entry: Entry): entry is Entry & { data: { problems: Problem[] } } => "problems" in entry.data;

async function load(entries: Entry[]): Promise<Loaded> {
  const guests = await guestProfiles();
  const valid = entries.filter((entry): entry is EpisodeEntry => !isBroken(entry));
  const files = new Map(valid.map((entry) => [entry.id, localFiles(entry)]));
  const episodes = await Promise.all(
    valid.map((entry) => withAudioFacts(toEpisode(entry, show), files.get(entry.id)!)),
  );
  return {
    catalog: buildCatalog(episodes, { now: buildNow(), seasonNames: show.seasons, guests }),
    entries: new Map(valid.map((e) => [e.id, e])),
    files,
    broken: entries.filter(isBroken).map((entry) => ({ slug: entry.id, problems: entry.data.problems })),
  };
}

const audioFiles = (loaded: Loaded) => [...loaded.files.values()].flatMap((files) => audioSource(files) ?? []);
const inDev = devCache(load, audioFiles);
let cached: Promise<Loaded> | undefined;

/** The episodes, loaded, checked and indexed once per build (in dev, again when a file changed). */
export function loaded(): Promise<Loaded> {
  if (import.meta.env.DEV) return getCollection("episodes").then(inDev);
  return (cached ??= getCollection("episodes").then(load));
}

export async function getCatalog(): Promise<Catalog> {
  return (await loaded()).catalog;
}

/** Files with problems, which only the dev server keeps: each has its page, showing them. */
export async function getBrokenEpisodes(): Promise<BrokenEpisode[]> {
  return (await loaded()).broken;
}

/** The files of the project an episode names, with the field that names each. */
export async function filesOf(episode: Episode): Promise<LocalFile[]> {
  return (await loaded()).files.get(episode.id) ?? [];
}
