import { statSync } from "node:fs";

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

/** An entry of a collection, as much as tells one version of it from another. */
interface Stamped {
  collection: string;
  id: string;
  digest?: string | number;
}

/** Both collections the catalog is built from (catalog.ts `Content`). */
interface Collections {
  episodes: Stamped[];
  guests: Stamped[];
}

/**
 * In dev the collections are read again as requests come (catalog.ts: at most every 100 ms), so that
 * a saved file shows at once, but the catalog is rebuilt only when an entry (an episode or a guest
 * profile), a local audio file or the date of the next scheduled episode says it changed: every page
 * (and every 404) would otherwise redo it for all episodes.
 */
export function devCache<Content extends Collections, Loaded extends { catalog: { scheduled: { date: Date }[] } }>(
  load: (content: Content) => Promise<Loaded>,
  audioFiles: (loaded: Loaded) => string[],
) {
  let last: { key: string; audioFiles: string[]; audio: string; until: number; loaded: Loaded } | undefined;
  return async (content: Content): Promise<Loaded> => {
    const entries = [...content.episodes, ...content.guests];
    // Without a digest a change cannot be told from its entry: then rebuild every time.
    if (entries.some((e) => e.digest === undefined)) return load(content);
    const key = entries.map((e) => `${e.collection}/${e.id}:${e.digest}`).join("\n");
    if (last && last.key === key && Date.now() < last.until && last.audio === stamp(last.audioFiles)) {
      return last.loaded;
    }
    const loaded = await load(content);
    const next = loaded.catalog.scheduled[0]?.date.getTime() ?? Infinity;
    // Which files are audio is known once per load; only their sizes and times are read again.
    const files = audioFiles(loaded);
    last = { key, audioFiles: files, audio: stamp(files), until: next, loaded };
    return loaded;
  };
}
