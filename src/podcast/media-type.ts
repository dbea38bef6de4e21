import { audioType } from "./audio-type.ts";

/**
 * Media an alternate file may be (`podcast:alternateEnclosure`): the MIME types each family is
 * written with, the extensions its files carry, and how music-metadata names its container when
 * it reads the file's content.
 */
const FAMILIES: readonly { name: string; types: RegExp; extensions: string[]; container: RegExp }[] = [
  { name: "MP3 audio", types: /^audio\/(mpeg|mp3)$/, extensions: ["mp3"], container: /^MPEG$/ },
  {
    name: "MPEG-4 audio or video",
    types: /^(audio\/(mp4|x-m4a|m4a|aac)|video\/(mp4|x-m4v|quicktime))$/,
    extensions: ["m4a", "mp4", "m4v", "mov"],
    container: /M4A|M4B|M4V|MP4|isom|iso\d|3gp|qt|avc1|mp41|mp42/i,
  },
  { name: "AAC audio", types: /^audio\/(aac|x-aac)$/, extensions: ["aac"], container: /ADTS|AAC/i },
  {
    name: "Ogg audio or video",
    types: /^(audio\/(ogg|opus)|video\/ogg)$/,
    extensions: ["ogg", "oga", "opus", "ogv"],
    container: /^Ogg/i,
  },
  { name: "WAV audio", types: /^audio\/(wav|x-wav|wave)$/, extensions: ["wav"], container: /^WAVE/i },
  { name: "FLAC audio", types: /^audio\/(flac|x-flac)$/, extensions: ["flac"], container: /^FLAC/i },
  {
    name: "WebM audio or video",
    types: /^(audio|video)\/webm$/,
    extensions: ["webm"],
    container: /webm|EBML|matroska/i,
  },
];

/** A MIME type an alternate file may claim: audio or video, as `video/mp4`. */
export const MEDIA_TYPE = /^(audio|video)\/[\w.+-]+$/;

const extensionOf = (url: string) => /\.(\w+)(?:[?#].*)?$/.exec(url)?.[1]?.toLowerCase();

/** The family of a MIME type, if the site knows it. */
export const familyOfType = (type: string) => FAMILIES.find((f) => f.types.test(type.toLowerCase()));

/** The family a file's name promises (`.mp4` → MPEG-4), if the site knows it. */
export const familyOfName = (url: string) => FAMILIES.find((f) => f.extensions.includes(extensionOf(url) ?? ""));

/** The family of a container read from a file's content (music-metadata's `format.container`). */
export const familyOfContainer = (container: string | undefined) =>
  container === undefined ? undefined : FAMILIES.find((f) => f.container.test(container));

/** The MIME type a media file's name says (`.mp4` video is `video/mp4`), for an alternate that names none. */
export function mediaType(url: string): string | undefined {
  const extension = extensionOf(url);
  const video: Record<string, string> = {
    mp4: "video/mp4",
    m4v: "video/x-m4v",
    mov: "video/quicktime",
    webm: "video/webm",
    ogv: "video/ogg",
  };
  return (extension && video[extension]) || audioType(url);
}

/** Whether a claimed type is not what a file named `url` can be: `video/mp4` for `a.mp3`. */
export function typeContradictsName(type: string, url: string): boolean {
  const named = familyOfName(url);
  return Boolean(named && !named.types.test(type.toLowerCase()));
}

export const isVideo = (type: string | undefined) => Boolean(type && /^video\//i.test(type));
