import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { imageMetadata } from "astro/assets/utils";
import { readHead } from "./walk.ts";

/**
 * The images that `astro:assets` imports (data/art-images.ts): the build reads each for its size, and
 * stops with a stack trace on one it cannot read, used or not. These are the patterns of art-images.ts's
 * `import.meta.glob`, which takes only literals (images.test.ts holds the two together).
 */
export const ART_GLOB = [
  "/public/**/*.{png,jpg,jpeg,webp,avif,svg}",
  "/src/content/episodes/**/*.{png,jpg,jpeg,webp,avif}",
] as const;

const ART_FILE = /^(public\/.*\.(png|jpg|jpeg|webp|avif|svg)|src\/content\/episodes\/.*\.(png|jpg|jpeg|webp|avif))$/;

/** Whether the build imports a file of the project (by its path from the root) as an image; no hidden file is. */
export const isArtFile = (path: string) => ART_FILE.test(path) && !path.split("/").some((part) => part.startsWith("."));

/** Enough of a file for its image header; the whole file when that is not enough. */
const HEAD = 64 * 1024;

/**
 * What the site's images may be: what sharp, the build's image service, converts. The reader
 * guesses more (a text file may pass for a TGA image), which the build then fails to convert.
 */
const FORMATS = new Set(["png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "tiff"]);

const known = new Map<string, { stamp: string; format: string | undefined }>();

/**
 * The format of the image a file holds (`png`, `jpg`, `svg` …), read by `astro:assets`' own
 * reader, so that a file the check passes is one the build reads; none when it holds no image.
 * Remembered by the file's size and time, as the dev server checks again on every save.
 */
export async function imageFormat(path: string): Promise<string | undefined> {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const cached = known.get(path);
  if (cached?.stamp === stamp) return cached.format;
  const read = async (bytes: Uint8Array) => {
    try {
      const { format } = await imageMetadata(bytes, path);
      return FORMATS.has(format) ? format : undefined;
    } catch {
      return undefined;
    }
  };
  let format: string | undefined;
  try {
    format = await read(readHead(path, HEAD));
    if (format === undefined && stat.size > HEAD) format = await read(await readFile(path));
  } catch {
    // A file the build may not read is no image it can use: the check reports it as such.
  }
  known.set(path, { stamp, format });
  return format;
}
