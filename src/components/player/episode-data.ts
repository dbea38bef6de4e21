import show from "../../show.config.ts";
import { absolute, routes } from "../../routes.ts";
import type { Episode } from "../../podcast/episode.ts";

/** What the player's script needs to play an episode, as `data-player` and `data-play` carry it. */
export function playable(episode: Episode, withChapters = false): string {
  return JSON.stringify({
    guid: episode.guid,
    title: episode.title,
    src: episode.audio!.url,
    url: episode.url,
    show: show.title,
    art: absolute(episode.image ?? routes.asset(show.cover)),
    ...(withChapters && episode.chapters.length ? { chapters: episode.chapters.map((c) => [c.start, c.title]) } : {}),
  });
}

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
