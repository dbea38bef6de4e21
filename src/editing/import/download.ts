import { audioExtension } from "../../podcast/audio-type.ts";
import { isRemote, liftExtra } from "../../podcast/schema.ts";
import type { SourceFile } from "../content-check.ts";
import { readFrontMatter } from "../front-matter.ts";
import { setFields } from "./edit.ts";
import type { FeedItem } from "./feed.ts";
import { type ImportPlan, label, type Write } from "./plan.ts";

/**
 * `npm run import -- --download`: the host's audio fetched into the episodes' page bundles, so that
 * a show can close its host account. Decided here without the disk or the network; the command
 * fetches each file, then `localAudio` names it in the front matter.
 */

export interface AudioDownload {
  item: FeedItem;
  /** The host's audio URL. */
  url: string;
  /** The episode file, as the import leaves it. */
  file: string;
  /** Where the episode file goes: itself when it is a bundle's `index.md`, else `<name>/index.md`. */
  bundleFile: string;
  /** Where the audio is saved, from the project root, beside `bundleFile`. */
  audio: string;
}

const BUNDLE_INDEX = /\/index\.mdx?$/;
const folderOf = (file: string) => file.slice(0, file.lastIndexOf("/"));

/**
 * The audio to fetch: of every item matched or created, whose episode file names the host's URL as
 * its audio once the import wrote it (so also on a later run, after an import without
 * `--download`). `exists` says whether a path of the project is taken; `notes` say why an item's
 * audio stays on the host.
 */
export function planDownloads(
  plan: ImportPlan,
  files: readonly SourceFile[],
  exists: (path: string) => boolean,
): { downloads: AudioDownload[]; notes: string[] } {
  const written = new Map(plan.writes.map((w) => [w.file, w.source]));
  const sources = new Map(files.map((f) => [f.file, f.source]));
  const downloads: AudioDownload[] = [];
  const notes: string[] = [];
  const taken = (path: string) =>
    exists(path) ||
    files.some((f) => f.file.startsWith(`${path}/`)) ||
    downloads.some((d) => d.bundleFile.startsWith(`${path}/`));
  for (const { item, file } of [...plan.matched, ...plan.created]) {
    const text = written.get(file) ?? sources.get(file);
    const url = item.audio?.url;
    if (!text || !url || !isRemote(url)) continue;
    const raw = readFrontMatter(text).data;
    const data = liftExtra(raw) as Record<string, unknown>;
    const audio = data.audio as { url?: unknown } | undefined;
    const keep = (why: string) => notes.push(`${label(item)}: audio not downloaded, ${why}; ${file} keeps ${url}`);
    if (audio?.url !== url) {
      if ("podcast_file" in data) keep("as the file names it in podcast_file: write it as audio first");
      continue;
    }
    const extension = audioExtension(url, item.audio?.type);
    if (!extension) {
      keep(`as neither its URL nor its type (${item.audio?.type ?? "none"}) says what audio it is`);
      continue;
    }
    let bundleFile = file;
    if (!BUNDLE_INDEX.test(file)) {
      // An MDX file's imports are written from where it lies: it is not moved.
      if (file.endsWith(".mdx")) {
        keep("as an MDX file is not moved into a folder: make it a page bundle (<name>/index.mdx) first");
        continue;
      }
      const folder = file.replace(/\.[^./]+$/, "");
      if (taken(folder)) {
        keep(`as ${folder}/ is taken`);
        continue;
      }
      bundleFile = `${folder}/index.md`;
    }
    const saved = `${folderOf(bundleFile)}/episode.${extension}`;
    if (exists(saved)) {
      keep(`as ${saved} is taken`);
      continue;
    }
    downloads.push({ item, url, file, bundleFile, audio: saved });
  }
  return { downloads, notes };
}

/** The episode file naming its saved audio, by its path beside it, with the facts read from it. */
export function localAudio(
  text: string,
  download: AudioDownload,
  facts: { length: number; type?: string; duration?: number },
): string {
  const name = download.audio.slice(download.audio.lastIndexOf("/") + 1);
  return setFields(text, [{ key: "audio", value: { url: `./${name}`, ...facts } }]);
}

/**
 * The plan's writes with the downloads in: each episode file naming its saved audio, at its
 * bundle's path. `moved` lists the files that left for a bundle, which the command removes once
 * their bundle is written.
 */
export function withDownloads(
  plan: ImportPlan,
  saved: readonly { download: AudioDownload; text: string }[],
): { plan: ImportPlan; moved: string[] } {
  const created = new Set(plan.writes.filter((w) => w.created).map((w) => w.file));
  const byFile = new Map(saved.map((s) => [s.download.file, s]));
  const renamed = new Map(saved.map((s) => [s.download.file, s.download.bundleFile]));
  const writes: Write[] = plan.writes.filter((w) => !byFile.has(w.file));
  for (const { download, text } of saved) {
    const isNew = created.has(download.file) || download.bundleFile !== download.file;
    writes.push({ file: download.bundleFile, source: text, created: isNew });
  }
  const moved = saved
    .filter(({ download }) => download.bundleFile !== download.file && !created.has(download.file))
    .map(({ download }) => download.file);
  const rename = <T extends { file: string }>(entry: T) => ({ ...entry, file: renamed.get(entry.file) ?? entry.file });
  return {
    plan: { ...plan, writes, matched: plan.matched.map(rename), created: plan.created.map(rename) },
    moved,
  };
}
