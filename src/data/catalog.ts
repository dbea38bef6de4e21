import { type CollectionEntry, getCollection } from "astro:content";
import show from "../show.config.ts";
import { buildCatalog, type Catalog } from "../podcast/catalog.ts";
import { type Episode, type LocalFile, localFiles, toEpisode } from "../podcast/episode.ts";
import { buildNow } from "../podcast/now.ts";
import type { EpisodeData } from "../podcast/schema.ts";
import type { Problem } from "../problems.ts";
import { audioSource, withAudioFacts } from "./audio.ts";
import { devCache } from "./dev-cache.ts";
import { readTranscript } from "./transcripts.ts";
import { readFileSync } from "node:fs";
import { chapterIssues } from "../podcast/chapters.ts";
import type { Transcript } from "../podcast/transcript.ts";
import { readFrontMatter } from "../editing/front-matter.ts";
import { fieldProblem } from "../editing/file-problems.ts";
import { problemError } from "../problems.ts";
import { toGuestProfile } from "../podcast/guests.ts";

export type Entry = CollectionEntry<"episodes">;
type EpisodeEntry = Entry & { data: EpisodeData };

/** What the catalog is built from: both collections, as the loaders stored them. */
export interface Content {
  episodes: Entry[];
  guests: CollectionEntry<"guests">[];
}

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
  /** The parsed local transcript of each episode that has one, by episode id. */
  transcripts: Map<string, Transcript>;
  /** The guest profiles' entries, by slug. */
  profiles: Map<string, CollectionEntry<"guests">>;
}

/**
 * Chapters against the duration read from a local audio file, reported on the file and line of the
 * chapter. The content check reports them first; this is for the dev server, where an audio file
 * replaced under an unchanged episode file is not checked again.
 */
function lateChapters(episode: Episode, files: readonly LocalFile[]): Problem[] {
  if (!audioSource(files) || episode.audio?.duration === undefined) return [];
  const late = chapterIssues(episode.chapters, episode.audio.duration).filter((i) => i.kind === "end");
  if (!late.length) return [];
  const front = readFrontMatter(readFileSync(episode.file, "utf8"));
  return late.map((i) => fieldProblem(episode.file, front, i.path, i.message));
}

const isBroken = (entry: Entry): entry is Entry & { data: { problems: Problem[] } } => "problems" in entry.data;

async function load({ episodes: entries, guests }: Content): Promise<Loaded> {
  const valid = entries.filter((entry): entry is EpisodeEntry => !isBroken(entry));
  const files = new Map(valid.map((entry) => [entry.id, localFiles(entry)]));
  const episodes = await Promise.all(
    valid.map((entry) => withAudioFacts(toEpisode(entry, show), files.get(entry.id)!)),
  );
  const problems = episodes.flatMap((episode) => lateChapters(episode, files.get(episode.id)!));
  const transcripts = new Map<string, Transcript>();
  for (const episode of episodes) {
    const { transcript, problem } = await readTranscript(files.get(episode.id)!);
    if (problem) problems.push(problem);
    if (transcript) transcripts.set(episode.id, transcript);
  }
  if (problems.length) throw problemError(problems, "Fix these files and build again.", { pointAt: true });
  return {
    transcripts,
    catalog: buildCatalog(episodes, { now: buildNow(), seasonNames: show.seasons, guests: guests.map(toGuestProfile) }),
    entries: new Map(valid.map((e) => [e.id, e])),
    profiles: new Map(guests.map((g) => [g.id, g])),
    files,
    broken: entries.filter(isBroken).map((entry) => ({ slug: entry.id, problems: entry.data.problems })),
  };
}

const audioFiles = (loaded: Loaded) => [...loaded.files.values()].flatMap((files) => audioSource(files) ?? []);
const inDev = devCache(load, audioFiles);
let cached: Promise<Loaded> | undefined;

async function content(): Promise<Content> {
  const [episodes, guests] = await Promise.all([getCollection("episodes"), getCollection("guests")]);
  return { episodes, guests };
}

// In dev, how long one read of the collections serves: a page asks for the catalog a hundred times
// as it renders, and reading both collections for each ask kept the server busy while it should
// have been taking in a saved file. A change shows at most this much later.
const FRESH_MS = 100;
let lastRead: { at: number; loaded: Promise<Loaded> } | undefined;

/** The episodes, loaded, checked and indexed once per build (in dev, again when a file changed). */
export function loaded(): Promise<Loaded> {
  if (!import.meta.env.DEV) return (cached ??= content().then(load));
  const now = performance.now();
  if (!lastRead || now - lastRead.at > FRESH_MS) lastRead = { at: now, loaded: content().then(inDev) };
  return lastRead.loaded;
}

export async function getCatalog(): Promise<Catalog> {
  return (await loaded()).catalog;
}

/** Files with problems, which only the dev server keeps: each has its page, showing them. */
export async function getBrokenEpisodes(): Promise<BrokenEpisode[]> {
  return (await loaded()).broken;
}

/** The files of the project an episode names, with the field that names each. */
export async function filesOf(episode: Pick<Episode, "id">): Promise<LocalFile[]> {
  return (await loaded()).files.get(episode.id) ?? [];
}

/** An episode's local transcript, parsed; none for a remote one, which is only linked. */
export async function transcriptOf(episode: Episode): Promise<Transcript | undefined> {
  return (await loaded()).transcripts.get(episode.id);
}

/** The content store's digest of an episode's file, which changes with any of its text: its notes, for one. */
export async function entryDigest(episode: Episode): Promise<string | number | undefined> {
  return (await loaded()).entries.get(episode.id)?.digest;
}
