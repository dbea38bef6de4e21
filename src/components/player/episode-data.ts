import show from "../../show.config.ts";
import type { Episode } from "../../podcast/episode.ts";
import { playData } from "../../podcast/play-data.ts";

/** What the player's script needs to play an episode, as `data-player` and `data-play` carry it. */
export const playable = (episode: Episode, withChapters = false): string => playData(episode, show, withChapters);

const FORMATS: Record<string, string> = {
  "audio/mpeg": "MP3",
  "audio/mp4": "M4A",
  "audio/x-m4a": "M4A",
  "audio/aac": "AAC",
  "audio/ogg": "Ogg",
  "audio/opus": "Opus",
  "audio/wav": "WAV",
  "audio/flac": "FLAC",
};

/** `audio/mpeg`, 50 331 648 bytes → `MP3, 48 MB`: what a download link tells before one clicks. */
export function fileFacts(type: string | undefined, length: number | undefined): string {
  const format = type ? (FORMATS[type] ?? type.replace(/^audio\/(x-)?/, "").toUpperCase()) : undefined;
  let size: string | undefined;
  if (length) {
    const mb = length / 1024 / 1024;
    size = mb >= 1 ? `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB` : `${Math.max(1, Math.round(length / 1024))} KB`;
  }
  return [format, size].filter(Boolean).join(", ");
}
