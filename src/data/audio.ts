import { stat } from "node:fs/promises";
import { parseFile } from "music-metadata";
import { audioType } from "../podcast/audio-type.ts";
import type { Episode, LocalFile } from "../podcast/episode.ts";

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

/** Where an episode's local audio lies, if its audio is a file of the project. */
export const audioSource = (files: readonly LocalFile[]) =>
  files.find((f) => f.field.join(".") === "audio.url")?.source;

/** The episode with the size, type and duration of its local audio; the loader checked that it exists. */
export async function withAudioFacts(episode: Episode, files: readonly LocalFile[]): Promise<Episode> {
  const source = audioSource(files);
  if (!episode.audio || !source) return episode;
  const facts = await readAudioFacts(source);
  return { ...episode, audio: { ...episode.audio, ...facts, duration: facts.duration ?? episode.audio.duration } };
}
