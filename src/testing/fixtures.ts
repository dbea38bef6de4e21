import { makeLocale } from "../i18n/locale.ts";
import type { CheckContext, FileState } from "../editing/content-check.ts";
import { episodeSchema } from "../podcast/schema.ts";
import { type EntryLike, type Episode, toEpisode } from "../podcast/episode.ts";
import { defineShow, type ShowInput } from "../podcast/show.ts";

export const SITE = "https://podcast.example.com";

/** A complete show config; tests override what they are about. */
export const showInput: ShowInput = {
  title: "Show",
  description: "About the show",
  author: "Host",
  owner: { name: "Host", email: "host@example.com" },
  language: "en",
  site: SITE,
  cover: "/cover.png",
  categories: [{ name: "Technology" }],
  explicit: false,
  type: "episodic",
  copyright: "© Host",
  guid: "23bb2efb-0537-5d81-bcf3-c96ecee9c180",
  hosts: [{ name: "Ada", role: "host" }],
};

export const makeShow = (overrides: Partial<ShowInput> = {}) => defineShow({ ...showInput, ...overrides });

let counter = 0;

/** An episode's collection entry, from front matter and a body, validated as the site does. */
export function makeEntry(data: Record<string, unknown> = {}, body = "Notes.", file?: string): EntryLike {
  counter++;
  const parsed = episodeSchema.parse({
    title: `Episode ${counter}`,
    date: "2024-01-01",
    season: 1,
    episode: counter,
    ...data,
  });
  const slug = (data.slug as string) ?? `s${parsed.season}e${parsed.episode}-${counter}`;
  return { id: slug, data: parsed, body, filePath: file ?? `src/content/episodes/${slug}.md` };
}

/** An episode built the way the site builds one, from front matter and a body. */
export const makeEpisode = (data: Record<string, unknown> = {}, body = "Notes.", file?: string): Episode =>
  toEpisode(makeEntry(data, body, file), { site: SITE, explicit: false, timeZone: "UTC", locale: makeLocale("en") });

/**
 * A fake project for the content check: `files` exist (with "everything", any path whose name has
 * an extension), `states` say otherwise for a path (`"outside"` for a symlink out of the project).
 * An audio file or an image holds what its name says, or what a second extension says:
 * `x.wav.mp3` holds WAV, `x.empty.mp3` is empty, `x.text.mp3` and `x.text.png` hold text; no audio
 * tells its duration. Transcripts are valid, but for the text `texts` gives a file.
 */
export function fakeCheckContext(
  files: readonly string[] | "everything" = [],
  states: Record<string, FileState> = {},
  texts: Record<string, string> = {},
): CheckContext {
  const known = new Set(files === "everything" ? [] : files);
  const state = (path: string): FileState =>
    states[path] ?? ((files === "everything" && /\.\w+$/.test(path)) || known.has(path) ? "file" : "missing");
  const held = (path: string) => /\.(\w+)\.\w+$/.exec(path)?.[1] ?? /\.(\w+)$/.exec(path)?.[1] ?? "";
  return {
    site: SITE,
    explicit: false,
    timeZone: "UTC",
    locale: makeLocale("en"),
    exists: (path) => state(path) === "file",
    fileState: state,
    folderFiles: (folder) => [...known, ...Object.keys(states)].filter((f) => f.startsWith(`${folder}/`)),
    audioDuration: async () => undefined,
    text: (path) =>
      texts[path] ??
      (path.endsWith(".srt") ? "1\n00:00:00,000 --> 00:00:01,000\nHi.\n" : "WEBVTT\n\n00:00.000 --> 00:01.000\nHi.\n"),
    head: (path) =>
      new TextEncoder().encode(
        held(path) === "text" ? "hello, not audio" : path.endsWith(".vtt") ? "WEBVTT\n" : "\u0000ID3",
      ),
    audioContent: async (path) => {
      const kind = held(path);
      const containers: Record<string, string> = {
        mp3: "MPEG",
        wav: "WAVE",
        m4a: "M4A/isom",
        ogg: "Ogg",
        mp4: "isom/iso2/avc1/mp41",
        webm: "EBML/webm",
      };
      return { size: kind === "empty" ? 0 : 1000, container: containers[kind] };
    },
    artworkProblems: async () => [],
    imageFormat: async (path) => {
      const kind = held(path);
      return ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"].includes(kind) ? kind : undefined;
    },
  };
}
