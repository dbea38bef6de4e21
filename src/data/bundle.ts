import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { routes } from "../routes.ts";
import type { Episode, LocalFile } from "../podcast/episode.ts";
import { bundlePublishes } from "../podcast/bundle-files.ts";
import { fileState } from "./episode-files.ts";
import { insideProject } from "./walk.ts";

/** A file of the project that the site serves under an episode's URL. */
export interface ServedFile {
  url: string;
  source: string;
}

/**
 * The files served beside an episode's page: those its fields name beside its file (`./audio.mp3`)
 * and, for a page bundle (`<slug>/index.md`), every other file of its folder, as Zola and Hugo
 * publish them, so that show notes can refer to them by a relative path. A symlink is served only
 * when it leads to a file inside the project: never `transcript.vtt -> /etc/passwd`. Only the
 * media and documents of the allow-list are served (podcast/bundle-files.ts), never a page or a
 * script a browser would run, whether a field names the file or not.
 */
export function servedFiles(episode: Episode, files: readonly LocalFile[], root = process.cwd()): ServedFile[] {
  const inside = insideProject(root);
  const served = new Map<string, string>();
  for (const file of files) if (file.url.startsWith(episode.url)) served.set(file.url, file.source);
  if (/\/index\.mdx?$/.test(episode.file)) {
    const folder = episode.file.slice(0, episode.file.lastIndexOf("/") + 1);
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      if (!(entry.isFile() || entry.isSymbolicLink()) || entry.name.startsWith(".")) continue;
      const url = routes.episodeFile(episode.slug, entry.name);
      if (!served.has(url)) served.set(url, `${folder}${entry.name}`);
    }
  }
  return [...served]
    .filter(([, source]) => bundlePublishes(source) && fileState(join(root, source), inside) === "file")
    .map(([url, source]) => ({ url, source }));
}

/** The bytes of a served file. */
export const readServedFile = (source: string) => readFile(source);
