import { type CollectionEntry, getCollection, render } from "astro:content";
import { readdirSync, statSync } from "node:fs";
import show from "../show.config";
import { readAudioFacts } from "../lib/audio-file";
import { buildCatalog, type Catalog } from "../lib/catalog";
import type { Problem } from "../lib/content-check";
import { contentError } from "../lib/content-error";
import type { EpisodeData } from "../lib/episode-schema";
import { type Episode, toEpisode } from "../lib/episodes";
import { buildNow } from "../lib/now";
import { hasShortcodes } from "../lib/shortcodes";

type Entry = CollectionEntry<"episodes">;
type EpisodeEntry = Entry & { data: EpisodeData };

/** A file the dev server keeps as its problems (the build stops on it instead). */
export interface BrokenEpisode {
  slug: string;
  problems: Problem[];
}

interface Loaded {
  catalog: Catalog;
  entries: Map<string, Entry>;
  broken: BrokenEpisode[];
  /** Local audio files read for their size and duration. */
  audioFiles: string[];
}

const isBroken = (entry: Entry): entry is Entry & { data: { problems: Problem[] } } => "problems" in entry.data;

/** Size, type and duration of local audio; the loader has already checked that the file exists. */
async function withAudioFacts(episode: Episode): Promise<Episode> {
  const audio = episode.audio;
  if (!audio?.source) return episode;
  const facts = await readAudioFacts(audio.source);
  return { ...episode, audio: { ...audio, ...facts, duration: facts.duration ?? audio.duration } };
}

/**
 * A page bundle's other files (images, transcripts) are served beside its page, as Zola and Hugo
 * publish them, so that show notes can refer to them by a relative path.
 */
function withBundleAssets(episode: Episode): Episode {
  if (!/\/index\.mdx?$/.test(episode.file)) return episode;
  const folder = episode.file.slice(0, episode.file.lastIndexOf("/") + 1);
  const served = new Set(episode.bundleFiles.map((file) => file.url));
  const assets = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.mdx?$/.test(entry.name) && !entry.name.startsWith("."))
    .map((entry) => ({ url: `${episode.url}${entry.name}`, source: `${folder}${entry.name}` }))
    .filter((file) => !served.has(file.url));
  return { ...episode, bundleFiles: [...episode.bundleFiles, ...assets] };
}

async function load(entries: Entry[]): Promise<Loaded> {
  const valid = entries.filter((entry): entry is EpisodeEntry => !isBroken(entry));
  const episodes = await Promise.all(
    valid.map((entry) =>
      withAudioFacts(withBundleAssets(toEpisode(entry, { site: show.site, explicit: show.explicit }))),
    ),
  );
  const catalog = buildCatalog(episodes, { now: buildNow(), seasonNames: show.seasons });
  return {
    catalog,
    entries: new Map(valid.map((e) => [e.id, e])),
    broken: entries.filter(isBroken).map((entry) => ({ slug: entry.id, problems: entry.data.problems })),
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

let cached: Promise<Loaded> | undefined;
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

async function entryOf(episode: Episode): Promise<Entry> {
  const entry = (await loaded()).entries.get(episode.id);
  if (!entry) throw new Error(`No collection entry for episode ${episode.id}`);
  return entry;
}

/** Files with problems, which only the dev server keeps: each has its page, showing them. */
export async function getBrokenEpisodes(): Promise<BrokenEpisode[]> {
  return (await loaded()).broken;
}

/** The error a broken episode's page shows in the dev server's overlay. */
export function brokenEpisodeError(broken: BrokenEpisode) {
  const hint = "Fix the file and save it: this page comes back by itself.";
  return contentError(broken.problems, hint, { pointAt: true });
}

/** Renders an episode's show notes. */
export async function renderEpisode(episode: Episode) {
  const entry = await entryOf(episode);
  return { ...(await render(entry)), hasShortcodes: hasShortcodes(entry.rendered?.html) };
}

/**
 * The show notes as HTML as Markdown already rendered them while loading the collection, when
 * nothing in them (images, shortcodes) still needs resolving: saves the feed a component render
 * per item, seconds with thousands of episodes. Undefined for the rest, which render through
 * `renderEpisode`.
 */
export async function prerenderedHtml(episode: Episode): Promise<string | undefined> {
  const rendered = (await entryOf(episode)).rendered;
  if (!rendered || rendered.metadata?.imagePaths?.length || hasShortcodes(rendered.html)) return undefined;
  return rendered.html;
}
