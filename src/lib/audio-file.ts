import { stat } from "node:fs/promises";
import { parseFile } from "music-metadata";
import { audioType } from "./audio-mime";

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
