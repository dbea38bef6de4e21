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

/** The file extensions of audio the site knows, without the dot. */
export const AUDIO_EXTENSIONS = Object.keys(MIME);

/** The MIME type podcast apps expect for an audio file's extension. */
export function audioType(url: string): string | undefined {
  const ext = /\.(\w+)(?:[?#].*)?$/.exec(url)?.[1]?.toLowerCase();
  return ext ? MIME[ext] : undefined;
}

/**
 * The extension an audio file fetched from `url` should be saved with: the URL's own, else the
 * first the site knows for its MIME type (`audio/mpeg` → `mp3`).
 */
export function audioExtension(url: string, type: string | undefined): string | undefined {
  const named = /\.(\w+)$/.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  if (named && MIME[named]) return named;
  return AUDIO_EXTENSIONS.find((ext) => MIME[ext] === type?.toLowerCase());
}

/** Audio formats as music-metadata names their container, with the extensions each is written with. */
const FORMATS: readonly { name: string; extensions: string[]; container: RegExp }[] = [
  { name: "MP3 audio", extensions: ["mp3"], container: /^MPEG$/ },
  { name: "MPEG-4 audio", extensions: ["m4a", "mp4"], container: /M4A|M4B|MP4|isom|iso\d|3gp|qt/i },
  { name: "AAC audio", extensions: ["aac"], container: /ADTS|AAC/i },
  { name: "Ogg audio", extensions: ["ogg", "oga", "opus"], container: /^Ogg/i },
  { name: "WAV audio", extensions: ["wav"], container: /^WAVE/i },
  { name: "FLAC audio", extensions: ["flac"], container: /^FLAC/i },
];

const extensionOf = (name: string) => /\.(\w+)(?:[?#].*)?$/.exec(name)?.[1]?.toLowerCase();

/** The format a file's name promises (`.mp3` → MP3 audio), if the site knows it. */
export const formatOfName = (name: string) => FORMATS.find((f) => f.extensions.includes(extensionOf(name) ?? ""));

/** The format a container read from a file's content is (music-metadata's `format.container`). */
export const formatOfContainer = (container: string | undefined) =>
  container === undefined ? undefined : FORMATS.find((f) => f.container.test(container));
