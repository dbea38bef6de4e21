import { type CollectionEntry, getCollection, render } from "astro:content";
import { existsSync } from "node:fs";
import show from "../show.config";
import { readAudioFacts, audioType } from "../lib/audio-file";
import { buildCatalog, type Catalog } from "../lib/catalog";
import { type Episode, toEpisode } from "../lib/episodes";
import { buildNow } from "../lib/now";

type Entry = CollectionEntry<"episodes">;

let cached: Promise<{ catalog: Catalog; entries: Map<string, Entry> }> | undefined;

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

async function load() {
  const entries = await getCollection("episodes");
  const episodes = await Promise.all(
    entries.map((entry) => withAudioFacts(toEpisode(entry, { site: show.site, explicit: show.explicit }))),
  );
  const catalog = buildCatalog(episodes, { now: buildNow(), seasonNames: show.seasons });
  return { catalog, entries: new Map(entries.map((e) => [e.id, e])) };
}

/**
 * The episodes, loaded, checked and indexed once per build. The dev server reloads them on every
 * request so that a saved file shows at once.
 */
function loaded() {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
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
