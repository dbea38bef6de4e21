/**
 * What `npm run audio:push` does to an episode's local audio, decided without the disk or the
 * network: the key it is stored under, the public URL listeners fetch, and the front matter that
 * names it. The command reads files, asks the bucket and writes.
 */

/** What the command reads of each file: its size, type and duration, and a hash of its bytes. */
export interface AudioFile {
  /** The episode file, from the project root. */
  episode: string;
  slug: string;
  /** The audio file, from the project root. */
  source: string;
  sha256: string;
  length: number;
  type?: string;
  duration?: number;
}

export interface Storage {
  publicUrl: string;
  prefix: string;
}

/**
 * A key is named by the episode and its content, so that a file never changes under its URL: a
 * listener's app and the CDN may keep it for good, and a new cut of an episode is a new file.
 */
export function objectKey(file: Pick<AudioFile, "slug" | "sha256" | "source">, prefix: string): string {
  const extension = /\.[A-Za-z0-9]+$/.exec(file.source)?.[0].toLowerCase() ?? "";
  return `${prefix}${file.slug}-${file.sha256.slice(0, 12)}${extension}`;
}

/** Where listeners fetch a key: under the storage's public address, each part of the key escaped. */
export function publicUrl(key: string, storage: Pick<Storage, "publicUrl">): string {
  const base = storage.publicUrl.endsWith("/") ? storage.publicUrl : `${storage.publicUrl}/`;
  return new URL(key.split("/").map(encodeURIComponent).join("/"), base).href;
}

/** How the storage serves each file: its type, and kept for good, since its key changes with it. */
export const CACHE_CONTROL = "public, max-age=31536000, immutable";

/** The episode's `audio` once pushed: the public URL, with the facts read from the file. */
export function pushedAudio(file: AudioFile, url: string) {
  return { url, length: file.length, type: file.type, duration: file.duration };
}
