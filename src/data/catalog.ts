import { type CollectionEntry, getCollection, render } from "astro:content";
import { existsSync } from "node:fs";
import show from "../show.config";
import { readAudioFacts } from "../lib/audio-file";
import { buildCatalog, type Catalog } from "../lib/catalog";
import { type Episode, toEpisode } from "../lib/episodes";
import { buildNow } from "../lib/now";

type Entry = CollectionEntry<"episodes">;

let cached: Promise<{ catalog: Catalog; entries: Map<string, Entry> }> | undefined;

async function withAudioFacts(episode: Episode): Promise<Episode> {
  for (const { field, source } of episode.localFiles) {
    if (!existsSync(source)) throw new Error(`${episode.file} — ${field} — expected a file at ${source}, found none`);
  }
  const audio = episode.audio;
  if (!audio?.source) return episode;
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

async function entryOf(episode: Episode): Promise<Entry> {
  const entry = (await loaded()).entries.get(episode.id);
  if (!entry) throw new Error(`No collection entry for episode ${episode.id}`);
  return entry;
}

/** Renders an episode's show notes. */
export async function renderEpisode(episode: Episode) {
  return render(await entryOf(episode));
}

/**
 * The show notes as HTML, when Markdown rendered them at load time and no image in them still
 * needs resolving. MDX, and Markdown with images, render through `renderEpisode`.
 */
export async function prerenderedHtml(episode: Episode): Promise<string | undefined> {
  const rendered = (await entryOf(episode)).rendered;
  return rendered && !rendered.metadata?.imagePaths?.length ? rendered.html : undefined;
}
