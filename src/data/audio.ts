import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream } from "node:stream/web";
import { parseFile, parseWebStream } from "music-metadata";
import type { AudioContent } from "../editing/content-check.ts";
import { audioType } from "../podcast/audio-type.ts";
import { type Episode, type LocalFile, localFileOf } from "../podcast/episode.ts";

export interface AudioFacts {
  length: number;
  type?: string;
  duration?: number;
}

/** Size, type and duration read from the file itself, so editors never write them by hand. */
export async function readAudioFacts(path: string): Promise<AudioFacts> {
  const { size } = await stat(path);
  const meta = await parseFile(path, { duration: true, skipCovers: true });
  const seconds = meta.format.duration;
  return {
    length: size,
    type: audioType(path),
    duration: seconds === undefined ? undefined : Math.max(1, Math.round(seconds)),
  };
}

/**
 * What an audio file holds, told from its content alone: music-metadata's `parseFile` would trust
 * the extension and read a WAV named `.ogg` as a broken Ogg file.
 */
export async function readAudioContent(path: string): Promise<AudioContent> {
  const { size } = await stat(path);
  if (size === 0) return { size };
  const stream = createReadStream(path);
  try {
    const web = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    const meta = await parseWebStream(web, { size }, { duration: false, skipCovers: true });
    return { size, container: meta.format.container };
  } catch {
    return { size };
  } finally {
    stream.destroy();
  }
}

/** Where an episode's local audio lies, if its audio is a file of the project. */
export const audioSource = (files: readonly LocalFile[]) => localFileOf(files, "audio.url");

/** The episode with the size, type and duration of its local audio; the loader checked that it exists. */
export async function withAudioFacts(episode: Episode, files: readonly LocalFile[]): Promise<Episode> {
  const withAlternates = await withAlternateSizes(episode, files);
  const source = audioSource(files);
  if (!withAlternates.audio || !source) return withAlternates;
  const facts = await readAudioFacts(source);
  const audio = withAlternates.audio;
  return { ...withAlternates, audio: { ...audio, ...facts, duration: facts.duration ?? audio.duration } };
}

/** The size of each local alternate file, read as the audio's is: an editor never writes it. */
async function withAlternateSizes(episode: Episode, files: readonly LocalFile[]): Promise<Episode> {
  const local = files.filter((f) => f.field[0] === "alternateEnclosures");
  if (!local.length) return episode;
  const alternates = [...episode.alternates];
  await Promise.all(
    local.map(async (f) => {
      const index = f.field[1] as number;
      alternates[index] = { ...alternates[index], length: (await stat(f.source)).size };
    }),
  );
  return { ...episode, alternates };
}
