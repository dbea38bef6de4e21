import { accessSync, constants, existsSync, openSync, readdirSync, readFileSync, readSync, closeSync } from "node:fs";
import { realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { CheckContext, FileState, IgnoredFile, SourceFile } from "../editing/content-check.ts";
import type { ModelContext } from "../podcast/episode.ts";
import type { Problem } from "../problems.ts";
import { artworkProblems } from "./artwork.ts";
import { readAudioContent } from "./audio.ts";

export const EPISODES_DIR = "src/content/episodes";

/** Text files an editor may mean as an episode: anything else in the folder is a bundle's asset. */
export const TEXT_LIKE = /\.(md|mdx|markdown|mdown|mkdn?|mdwn|mdtxt)$/i;

/**
 * Whether a path inside the episodes folder may be an episode: a `.md` or `.mdx` file, but not
 * Zola's section page `_index.md`, nor anything in a folder whose name starts with `_` or `.`.
 * (A page bundle's other `.md` files are not episodes either: `readEpisodeFolder` knows the bundles.)
 */
export function isEpisodePath(path: string): boolean {
  return whyIgnored(path, new Set()) === undefined && /\.mdx?$/.test(path);
}

/** Why a text-like file is not an episode; `undefined` when it is one. `bundles` are page-bundle folders. */
export function whyIgnored(path: string, bundles: ReadonlySet<string>): Omit<IgnoredFile, "file"> | undefined {
  const parts = path.split("/");
  const name = parts[parts.length - 1];
  const folders = parts.slice(0, -1);
  if (parts.some((part) => part.startsWith("."))) return { reason: "a hidden file or folder", mistake: false };
  if (name === "_index.md" || name === "_index.mdx")
    return { reason: "Zola's section page, not an episode", mistake: false };
  if (folders.some((part) => part.startsWith("_"))) {
    return { reason: "in a folder whose name starts with _, which holds no episodes", mistake: false };
  }
  const extension = /\.[^.]+$/.exec(name)?.[0] ?? "";
  if (extension !== ".md" && extension !== ".mdx") {
    return {
      reason: `expected .md or .mdx, found ${extension}: the file is ignored; rename it to publish it`,
      mistake: true,
    };
  }
  const bundle = folders.map((_, i) => folders.slice(0, i + 1).join("/")).find((folder) => bundles.has(folder));
  if (bundle !== undefined && !/^index\.mdx?$/.test(path.slice(bundle.length + 1))) {
    return { reason: `a file of the page bundle ${bundle}/, not an episode: only its index.md is one`, mistake: false };
  }
  return undefined;
}

function walk(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(full.length + 1)
        .split("\\")
        .join("/"),
    );
}

/** The line of the first byte that is not part of valid UTF-8, if any. */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const extra =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let valid = extra >= 0 && i + extra < bytes.length;
    for (let k = 1; valid && k <= extra; k++) valid = (bytes[i + k] & 0xc0) === 0x80;
    // Overlong forms and surrogates are not UTF-8 either.
    if (valid && extra === 2) valid = !(b === 0xe0 && bytes[i + 1] < 0xa0) && !(b === 0xed && bytes[i + 1] >= 0xa0);
    if (valid && extra === 3) valid = !(b === 0xf0 && bytes[i + 1] < 0x90) && !(b === 0xf4 && bytes[i + 1] >= 0x90);
    if (!valid) return bytes.subarray(0, i).filter((c) => c === 10).length + 1;
    i += extra + 1;
  }
  return undefined;
}

/**
 * How files are read. `keepBom` keeps a UTF-8 byte order mark at the start of the text, for a
 * command that writes the file back (the import): the build reads the text without it.
 */
export interface ReadOptions {
  keepBom?: boolean;
}

/** A file's text, and where it stops being UTF-8 if it does. */
export function decodeSource(
  bytes: Uint8Array,
  { keepBom = false }: ReadOptions = {},
): { source: string; notUtf8Line?: number } {
  try {
    return { source: new TextDecoder("utf-8", { fatal: true, ignoreBOM: keepBom }).decode(bytes) };
  } catch {
    return {
      source: new TextDecoder("utf-8", { ignoreBOM: keepBom }).decode(bytes),
      notUtf8Line: firstNonUtf8Line(bytes) ?? 1,
    };
  }
}

/** Every episode file with its text, and every text-like file of the folder that is not an episode. */
export function readEpisodeFolder(
  root: string,
  dir = EPISODES_DIR,
  options: ReadOptions = {},
): { sources: SourceFile[]; ignored: IgnoredFile[] } {
  const paths = walk(root, dir)
    .filter((path) => TEXT_LIKE.test(path))
    .sort();
  const bundles = new Set(
    paths.filter((p) => /(^|\/)index\.mdx?$/.test(p) && p.includes("/")).map((p) => p.slice(0, p.lastIndexOf("/"))),
  );
  const sources: SourceFile[] = [];
  const ignored: IgnoredFile[] = [];
  const read = sourceReader(root, options);
  for (const path of paths) {
    const file = `${dir}/${path}`;
    const why = whyIgnored(path, bundles);
    if (why) ignored.push({ file, ...why });
    else sources.push(...read(file));
  }
  return { sources, ignored };
}

/**
 * Reads a file of the project for the check, by its path from the root: nothing when it is not a
 * readable file. A link out of the project is never read: its text would be published.
 */
export function sourceReader(root: string, options: ReadOptions = {}): (file: string) => SourceFile[] {
  const inside = insideProject(root);
  return (file) => {
    const state = fileState(join(root, file), inside);
    if (state === "outside") return [{ file, source: "", linkedOutside: true }];
    if (state === "file") return [{ file, ...decodeSource(readFileSync(join(root, file)), options) }];
    return [];
  };
}

/** Every episode file with its text; `file` is the path from the project root. */
export const readEpisodeFiles = (root: string, dir = EPISODES_DIR, options: ReadOptions = {}): SourceFile[] =>
  readEpisodeFolder(root, dir, options).sources;

/** Whether a real path lies in the project: a symlink may lead anywhere on the machine. */
export function insideProject(root: string): (path: string) => boolean {
  const real = realpathSync(root);
  return (path) => path === real || path.startsWith(real + sep);
}

/** What lies at a path, following symlinks only as far as the project reaches. */
export function fileState(path: string, inside: (path: string) => boolean): FileState {
  try {
    const real = realpathSync(path);
    if (!inside(real)) return "outside";
    if (!statSync(real).isFile()) return "not-a-file";
    accessSync(real, constants.R_OK);
    return "file";
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EACCES" ? "unreadable" : "missing";
  }
}

function readHead(path: string, length = 1024): Uint8Array {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Links in `public/` that lead out of the project: Astro copies `public/` as it is, so the build
 * would publish whatever they lead to.
 */
export function publicLinkProblems(root: string): Problem[] {
  const inside = insideProject(root);
  return walk(root, "public")
    .filter((path) => fileState(join(root, "public", path), inside) === "outside")
    .map((path) => ({
      file: `public/${path}`,
      field: "file",
      message: "expected a file of the project, found a link to a file outside the project: remove the link",
    }));
}

/** Everything the check needs from the disk, for a project at `root`. */
export function checkContext(root: string, model: ModelContext & { allowEmbeds?: readonly string[] }): CheckContext {
  const inside = insideProject(root);
  const at = (path: string) => join(root, path);
  return {
    ...model,
    exists: (path) => existsSync(at(path)),
    fileState: (path) => fileState(at(path), inside),
    folderFiles: (folder) => {
      try {
        return readdirSync(at(folder)).map((name) => `${folder}/${name}`);
      } catch {
        return [];
      }
    },
    head: (path) => readHead(at(path)),
    audioContent: (path) => readAudioContent(at(path)),
    artworkProblems: async (path) => (await artworkProblems(at(path))).map((p) => p.replace(at(path), path)),
  };
}
