import { stat } from "node:fs/promises";
import { parseFile } from "music-metadata";

const MIME: Record<string, string> = {
  mp3: "audio/mpeg",
  m4a: "audio/x-m4a",
  mp4: "audio/mp4",
  aac: "audio/aac",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/opus",
  wav: "audio/wav",
  flac: "audio/flac",
};

/** The MIME type podcast apps expect for an audio file's extension. */
export function audioType(url: string): string | undefined {
  const ext = /\.(\w+)(?:[?#].*)?$/.exec(url)?.[1]?.toLowerCase();
  return ext ? MIME[ext] : undefined;
}

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
