import { type CollectionEntry, getCollection, render } from "astro:content";
import { existsSync, statSync } from "node:fs";
import show from "../show.config";
import { readAudioFacts, audioType } from "../lib/audio-file";
import { buildCatalog, type Catalog } from "../lib/catalog";
import { type Episode, toEpisode } from "../lib/episodes";
import { buildNow } from "../lib/now";

type Entry = CollectionEntry<"episodes">;

interface Loaded {
  catalog: Catalog;
  entries: Map<string, Entry>;
  /** Local audio files read for their size and duration. */
  audioFiles: string[];
}

let cached: Promise<Loaded> | undefined;

async function withAudioFacts(episode: Episode): Promise<Episode> {
  const audio = episode.audio;
  if (!audio) return episode;
  if (audio.remote) return { ...episode, audio: { ...audio, type: audio.type ?? audioType(audio.url) } };
  if (!audio.source || !existsSync(audio.source)) {
    throw new Error(`${episode.file}: audio.url: expected an audio file at ${audio.source}, found no file there`);
  }
  const facts = await readAudioFacts(audio.source);
  return { ...episode, audio: { ...audio, ...facts, duration: facts.duration ?? audio.duration } };
}

async function load(entries: Entry[]): Promise<Loaded> {
  const episodes = await Promise.all(
    entries.map((entry) => withAudioFacts(toEpisode(entry, { site: show.site, explicit: show.explicit }))),
  );
  const catalog = buildCatalog(episodes, { now: buildNow(), seasonNames: show.seasons });
  return {
    catalog,
    entries: new Map(entries.map((e) => [e.id, e])),
    audioFiles: episodes.flatMap((e) => (e.audio?.source ? [e.audio.source] : [])),
  };
}

/** Size and time of each file, so that a replaced audio file counts as a change. */
function stamp(files: string[]): string {
  return files
    .map((file) => {
      try {
        const { size, mtimeMs } = statSync(file);
        return `${size}:${mtimeMs}`;
      } catch {
        return "missing";
      }
    })
    .join(",");
}

let dev: { key: string; audio: string; until: number; loaded: Loaded } | undefined;

/**
 * In dev the collection is read on every request, so that a saved file shows at once, but the
 * catalog is rebuilt only when an entry, a local audio file or the date of the next scheduled
 * episode says it changed: every page (and every 404) would otherwise redo it for all episodes.
 */
async function loadedInDev(): Promise<Loaded> {
  const entries = await getCollection("episodes");
  // Without a digest a change cannot be told from its entry: then rebuild every time.
  if (entries.some((e) => e.digest === undefined)) return load(entries);
  const key = entries.map((e) => `${e.id}:${e.digest}`).join("\n");
  if (dev && dev.key === key && Date.now() < dev.until && dev.audio === stamp(dev.loaded.audioFiles)) {
    return dev.loaded;
  }
  const loaded = await load(entries);
  const next = loaded.catalog.scheduled[0]?.date.getTime() ?? Infinity;
  dev = { key, audio: stamp(loaded.audioFiles), until: next, loaded };
  return loaded;
}

/** The episodes, loaded, checked and indexed once per build. */
function loaded(): Promise<Loaded> {
  if (import.meta.env.DEV) return loadedInDev();
  return (cached ??= getCollection("episodes").then(load));
}

export async function getCatalog(): Promise<Catalog> {
  return (await loaded()).catalog;
}

/** Renders an episode's show notes. */
export async function renderEpisode(episode: Episode) {
  const entry = (await loaded()).entries.get(episode.id);
  if (!entry) throw new Error(`No collection entry for episode ${episode.id}`);
  return render(entry);
}

/**
 * The show notes of a Markdown episode as the Markdown processor already rendered them while
 * loading the collection. Undefined for MDX and for notes with local images, which still need
 * rendering. Saves the feed a component render per item (seconds with thousands of episodes).
 */
export async function prerenderedNotes(episode: Episode): Promise<string | undefined> {
  const entry = (await loaded()).entries.get(episode.id);
  if (!entry?.rendered || ("deferredRender" in entry && entry.deferredRender)) return undefined;
  if (entry.rendered.metadata?.imagePaths?.length) return undefined;
  return entry.rendered.html;
}
