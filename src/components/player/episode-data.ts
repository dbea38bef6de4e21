import show from "../../show.config.ts";
import type { Episode } from "../../podcast/episode.ts";
import { playData } from "../../podcast/play-data.ts";
import type { Locale } from "../../i18n/locale.ts";
import { numberFormat } from "../../i18n/format.ts";

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

/**
 * `audio/mpeg`, 50 331 648 bytes → `MP3, 48 MB`: what a download link tells before one clicks, the
 * number as the show's language writes it (`4,5 MB`), the unit as its table does (`Mo` in French).
 */
export function fileFacts(
  type: string | undefined,
  length: number | undefined,
  locale: Pick<Locale, "language" | "t">,
): string {
  const format = type ? (FORMATS[type] ?? type.replace(/^audio\/(x-)?/, "").toUpperCase()) : undefined;
  let size: string | undefined;
  if (length) {
    const mb = length / 1024 / 1024;
    const digits = mb >= 1 && mb < 10 ? 1 : 0;
    const number = (value: number) =>
      numberFormat(locale.language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    size =
      mb >= 1
        ? locale.t("megabytes", { size: number(mb) })
        : locale.t("kilobytes", { size: number(Math.max(1, Math.round(length / 1024))) });
  }
  return [format, size].filter(Boolean).join(locale.t("comma"));
}
