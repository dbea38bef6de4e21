import { AUDIO_EXTENSIONS } from "./audio-type.ts";

/**
 * What a page bundle publishes beside its page, by the file's extension: media and documents that a
 * browser shows but never runs. An allow-list, not a list of what to block: a host serves
 * `.html`, `.shtml`, `.xht`, `.svg`, `.xsl` and whatever comes next as pages or scripts of the
 * site's own origin, so a bundle's file that is none of these is left out, with a warning.
 */
const PUBLISHED: Record<string, readonly string[]> = {
  image: ["png", "jpg", "jpeg", "gif", "webp", "avif"],
  audio: AUDIO_EXTENSIONS,
  video: ["mp4", "m4v", "webm", "mov", "ogv"],
  transcript: ["vtt", "srt", "json"],
  document: ["pdf"],
};

/** What a bundle may publish, in words, for messages. */
export const PUBLISHED_TEXT = "an image, audio, video, transcript, chapters (.json) or PDF file";

const extensionOf = (name: string) => /\.([^./]+)$/.exec(name)?.[1].toLowerCase();

/** Whether a page bundle publishes a file of this name. */
export function bundlePublishes(name: string): boolean {
  const extension = extensionOf(name);
  return extension !== undefined && Object.values(PUBLISHED).some((list) => list.includes(extension));
}

/** Text files an editor may mean as an episode: a bundle's are notes, never published. */
export const MARKDOWN_NAME = /\.(md|mdx|markdown|mdown|mkdn?|mdwn|mdtxt)$/i;

/**
 * Why a page bundle leaves a file of its folder out, if it is not published: `expected …, found …`.
 * Hidden files and Markdown (a bundle's other notes) are left out without a word.
 */
export function unpublishedReason(name: string): string | undefined {
  if (name.startsWith(".") || MARKDOWN_NAME.test(name) || bundlePublishes(name)) return undefined;
  const extension = extensionOf(name);
  return `expected ${PUBLISHED_TEXT} in a page bundle, found ${extension ? `.${extension}` : "a file without an extension"}: the file is ignored, not published`;
}
