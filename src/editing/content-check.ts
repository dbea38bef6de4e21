import { formatOfContainer, formatOfName } from "../podcast/audio-type.ts";
import { findConflicts } from "../podcast/catalog.ts";
import {
  type Episode,
  type LocalFile,
  localFileOf,
  localFiles,
  type ModelContext,
  toEpisode,
} from "../podcast/episode.ts";
import { type EpisodeData, parseEpisodeData, unknownFields, visible } from "../podcast/schema.ts";
import { familyOfContainer, familyOfType } from "../podcast/media-type.ts";
import { soundbiteIssues } from "../podcast/soundbites.ts";
import { leavesFolder } from "../podcast/site-path.ts";
import { slugFromPath, slugify } from "../podcast/slug.ts";
import { byPlace, type Problem } from "../problems.ts";
import { ownerOfSlug } from "../routes.ts";
import { fieldLine, type FrontMatter, readFrontMatter } from "./front-matter.ts";
import { fieldProblem, type FileKind, issueProblems, reportConflicts, unreadable } from "./file-problems.ts";
import { blankShortcodes, findShortcodes, missingComponent, shortcodeComponent } from "./shortcodes.ts";
import { hostEmbedWarnings, removeHostEmbeds } from "./host-embeds.ts";
import { badScheme, SCHEMES_TEXT } from "./safe-html.ts";
import { markdownProblems } from "./markdown-check.ts";
import { chapterIssues } from "../podcast/chapters.ts";
import { bundlePublishes, PUBLISHED_TEXT, unpublishedReason } from "../podcast/bundle-files.ts";
import { transcriptReader, type TranscriptReader, transcriptWarnings } from "./transcript-check.ts";
import { markdownImages } from "./markdown.ts";
import { NOTES_LIMITS, notesBounds } from "./notes-bounds.ts";

/**
 * The one validation of episode files, shared by `npm run check:content`, the build and the dev
 * server, so that all three print the same messages.
 */
export interface SourceFile {
  /** The file, from the project root, with `/` separators. */
  file: string;
  source: string;
  /** The first line holding bytes that are not UTF-8, when the file is not UTF-8 text. */
  notUtf8Line?: number;
  /** The file is a symlink to a file outside the project, left unread. */
  linkedOutside?: boolean;
}

/** What lies at a path: a readable file of the project, or why not. */
export type FileState = "file" | "missing" | "outside" | "not-a-file" | "unreadable";

/** What an audio file holds, read from its content rather than its name. */
export interface AudioContent {
  size: number;
  /** music-metadata's name of the container (`MPEG`, `WAVE`); none when no audio format was found. */
  container?: string;
}

/** Everything the check asks of the disk; the data layer answers, tests fake it. */
export interface CheckContext extends ModelContext {
  /** Whether a file exists, by its path from the project root. */
  exists(path: string): boolean;
  /** Hosts whose iframes show notes may embed: the show config's `allowEmbeds`. */
  allowEmbeds?: readonly string[];
  /** What lies at a path: a symlink counts as the file it leads to, and "outside" when that leaves the project. */
  fileState(path: string): FileState;
  /** The paths of a folder's entries, from the project root. */
  folderFiles(folder: string): string[];
  /** The first bytes of a file, to tell what it holds. */
  head(path: string): Uint8Array;
  audioContent(path: string): Promise<AudioContent>;
  /** The duration of an audio file in seconds, read as the build reads it. */
  audioDuration(path: string): Promise<number | undefined>;
  /** A file's whole text, as UTF-8. */
  text(path: string): string;
  /** The format of the image a file holds (`png`, `jpg`, `svg` …), read as the build reads it; none when it holds no image the build can read. */
  imageFormat(path: string): Promise<string | undefined>;
  /** Apple's rules for episode art, each broken one as `expected …, found …`. */
  artworkProblems(path: string): Promise<string[]>;
}

export interface CheckedFile extends SourceFile {
  /** The collection id: the `slug` field, else the file or folder name. */
  slug: string;
  front: FrontMatter;
  /** The validated front matter, when the file has no problem of its own. */
  data?: EpisodeData;
  episode?: Episode;
  problems: Problem[];
  /** What the file may mean to do but should look at; it builds all the same. */
  warnings: Problem[];
}

/** Above these an episode builds, with a warning: pages and feeds get heavy, apps cut titles. */
export const SIZE_WARNINGS = { titleCharacters: 150, notesBytes: 100 * 1024 };

const WHAT: Record<string, string> = {
  "audio.url": "an audio file",
  image: "an image",
  transcript: "a transcript",
  alternateEnclosures: "an audio or video file",
};

/** Why a file the episode names cannot be published, if it cannot. */
export function stateProblem(state: FileState, what: string, source: string): string | undefined {
  switch (state) {
    case "missing":
      return `expected ${what} at ${source}, found no file there`;
    case "outside":
      return `expected ${what} inside the project at ${source}, found a link to a file outside the project`;
    case "not-a-file":
      return `expected ${what} at ${source}, found a folder`;
    case "unreadable":
      return `expected ${what} at ${source} that the build can read, found a file it may not read`;
    default:
      return undefined;
  }
}

/** Whether bytes read as text: no NUL, and nearly all printable. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (!bytes.length || bytes.includes(0)) return false;
  const printable = bytes.filter((b) => b >= 32 || b === 9 || b === 10 || b === 13).length;
  return printable / bytes.length > 0.95;
}

async function audioProblem(source: string, context: CheckContext): Promise<string | undefined> {
  const named = formatOfName(source);
  const content = await context.audioContent(source);
  if (content.size === 0) return `expected an audio file at ${source}, found an empty file (0 bytes)`;
  const held = formatOfContainer(content.container);
  const expected = named ? `${named.name}, as the name ends in .${named.extensions[0]},` : "audio";
  if (!held) {
    const what = looksLikeText(context.head(source)) ? "a text file" : "no audio of a format podcast apps play";
    return `expected ${expected} at ${source}, found ${what}`;
  }
  if (named && held !== named) {
    return `expected ${expected} at ${source}, found ${held.name}: rename the file to .${held.extensions[0]}`;
  }
  return undefined;
}

/** A local alternate file that is not the type it claims, read from its content as audio is. */
async function alternateProblem(source: string, type: string, context: CheckContext): Promise<string | undefined> {
  const content = await context.audioContent(source);
  if (content.size === 0) return `expected an audio or video file at ${source}, found an empty file (0 bytes)`;
  const held = familyOfContainer(content.container);
  const claimed = familyOfType(type);
  if (held && (!claimed || claimed === held)) return undefined;
  const found = held
    ? held.name
    : looksLikeText(context.head(source))
      ? "a text file"
      : "no audio or video of a format podcast apps play";
  return `expected ${type} as the type says at ${source}, found ${found}: correct type, or the file`;
}

function transcriptProblem(source: string, context: CheckContext): string | undefined {
  const text = new TextDecoder().decode(context.head(source)).replace(/^\uFEFF/, "");
  if (/\.vtt$/i.test(source) && !/^WEBVTT(\s|$)/.test(text)) {
    return `expected a WebVTT transcript starting with WEBVTT at ${source}, found ${text.trim() ? `"${visible(text.slice(0, 20))}…"` : "an empty file"}`;
  }
  if (/\.srt$/i.test(source) && !/^\s*\d+\s*\r?\n\d\d:\d\d/.test(text)) {
    return `expected a SubRip transcript starting with a cue number and a time at ${source}, found ${text.trim() ? `"${visible(text.slice(0, 20))}…"` : "an empty file"}`;
  }
  return undefined;
}

/**
 * A local transcript the build cannot read, at the transcript's own line where reading stopped:
 * the build parses it with the same parser (data/transcripts.ts).
 */
function unreadableTranscript(source: string, readTranscript: TranscriptReader): Problem | undefined {
  const { error } = readTranscript(source);
  return error && { file: source, line: error.line, field: "transcript", message: error.message };
}

/** Whether a file the episode names is served beside its page, rather than from public/. */
const besideEpisode = (source: string) => !source.startsWith("public/");

/**
 * The audio's duration, as the build knows it: read from a local file (only when chapters,
 * soundbites or a local transcript's cues are to end before it, and the file is sound), else as
 * written for remote audio.
 */
async function audioDuration(
  episode: Episode,
  files: readonly LocalFile[],
  problems: Problem[],
  context: CheckContext,
) {
  const local = localFileOf(files, "audio.url");
  const timed = episode.chapters.length || episode.soundbites.length || localFileOf(files, "transcript");
  if (!local || !timed) return episode.audio?.duration;
  if (problems.some((p) => p.field === "audio.url")) return undefined;
  return (await context.audioDuration(local)) ?? episode.audio?.duration;
}

/** Every file the episode's fields name that cannot be published as it claims to be. */
async function localFileProblems(
  files: LocalFile[],
  episode: Episode,
  file: string,
  front: FrontMatter,
  context: CheckContext,
  readTranscript: TranscriptReader,
) {
  const problems = await Promise.all(
    files.map(async (f): Promise<Problem | undefined> => {
      const kind = String(f.field.at(-1));
      const what = WHAT[f.field.join(".")] ?? WHAT[kind] ?? WHAT[f.field[0]] ?? "a file";
      const state = context.fileState(f.source);
      let message = stateProblem(state, what, f.source);
      if (!message && besideEpisode(f.source) && !bundlePublishes(f.source)) {
        message = `expected ${PUBLISHED_TEXT} beside the episode, found ${f.source}, which the site does not publish`;
      }
      if (!message && f.field.join(".") === "audio.url") message = await audioProblem(f.source, context);
      if (!message && f.field[0] === "alternateEnclosures") {
        // The type as the schema read it, whether written at the top level or under [extra].
        message = await alternateProblem(f.source, episode.alternates[f.field[1] as number].type, context);
      }
      if (!message && kind === "transcript") {
        message = transcriptProblem(f.source, context);
        if (!message) return unreadableTranscript(f.source, readTranscript);
      }
      if (!message && f.field.join(".") === "image") message = (await context.artworkProblems(f.source))[0];
      return message ? fieldProblem(file, front, f.field, message) : undefined;
    }),
  );
  return problems.filter((p): p is Problem => Boolean(p));
}

function shortcodeProblems(file: string, front: FrontMatter, context: CheckContext): Problem[] {
  const { shortcodes, problems } = findShortcodes(front.body, front.bodyLine);
  if (file.endsWith(".mdx")) {
    return shortcodes.map((s) => ({
      file,
      line: s.line,
      field: `shortcode ${s.name}`,
      message:
        "expected an MDX component such as <Callout>, found a Zola shortcode: use the component, or rename the file to .md",
    }));
  }
  const out: Problem[] = problems.map((p) => ({ file, line: p.line, field: "shortcode", message: p.message }));
  for (const shortcode of shortcodes) {
    if (!context.exists(shortcodeComponent(shortcode.name))) out.push(missingComponent(file, shortcode));
    for (const [name, value] of Object.entries(shortcode.args)) {
      if (!URL_ARGUMENTS.has(name) || typeof value !== "string" || !badScheme(value)) continue;
      out.push({
        file,
        line: shortcode.line,
        field: `shortcode ${shortcode.name}`,
        message: `expected ${SCHEMES_TEXT} in ${name}, found ${value.length > 60 ? `${value.slice(0, 57)}…` : value}`,
      });
    }
  }
  return out;
}

/** Shortcode arguments that a component uses as a URL. */
const URL_ARGUMENTS = new Set(["src", "href", "url", "link", "image", "poster", "audio", "video"]);

/**
 * Control characters and HTML the policy refuses in the show notes (markdown-check.ts). A host's
 * player is dropped before rendering (host-embeds.ts): it is warned about, not refused; shortcodes
 * render as components.
 */
function notesProblems(file: string, front: FrontMatter, context: CheckContext): Problem[] {
  const html = blankShortcodes(removeHostEmbeds(front.body));
  return markdownProblems(file, front, "show notes", { allowEmbeds: context.allowEmbeds ?? [] }, html);
}

/**
 * Images of the show notes (`![alt](path)`) that leave the episode's folder or the project, are
 * missing, or are no image.
 */
async function notesImageProblems(file: string, front: FrontMatter, context: CheckContext): Promise<Problem[]> {
  const folder = file.slice(0, file.lastIndexOf("/") + 1);
  const problems: Problem[] = [];
  const checks: Promise<unknown>[] = [];
  for (const { src: ref, line } of markdownImages(front.body, front.bodyLine)) {
    if (problems.length >= NOTES_LIMITS.problems) break;
    if (/^[a-z][a-z\d+.-]*:|^#|^\/\//i.test(ref)) continue;
    let path = ref;
    try {
      path = decodeURI(ref);
    } catch {
      // Left as written: the check below names it.
    }
    const at = (message: string) => problems.push({ file, line, field: "show notes", message });
    if (leavesFolder(path)) {
      at(
        `expected an image path that stays inside ${path.startsWith("/") ? "public/" : "the episode's folder"}, found "${ref}"`,
      );
      continue;
    }
    const source = path.startsWith("/") ? `public${path}` : `${folder}${path.replace(/^\.\//, "")}`;
    const state = context.fileState(source);
    // A missing image of public/ is a broken link, not a broken build: the link check finds it.
    if (state === "missing" && path.startsWith("/")) continue;
    const message = stateProblem(state, "an image", source);
    if (message) at(message);
    // The build reads an image beside the episode for its size (astro:assets), and stops on one it cannot read.
    else if (!path.startsWith("/")) checks.push(notAnImage(source, context).then((m) => m && at(m)));
  }
  await Promise.all(checks);
  return problems.sort(byPlace);
}

/**
 * `expected an image at …, found …` for a file that holds no image the build can read; without
 * `at`, for a problem that names the file itself.
 */
export async function notAnImage(source: string, context: CheckContext, at = true): Promise<string | undefined> {
  if (await context.imageFormat(source)) return undefined;
  const found = looksLikeText(context.head(source)) ? "a text file" : "no image the site can read";
  return `expected an image (PNG, JPEG, GIF, WebP, AVIF or SVG)${at ? ` at ${source}` : ""}, found ${found}`;
}

/**
 * Files of a page bundle's folder that are links out of the project, which the site never serves;
 * those a field or an image of the notes names are reported there already.
 */
function bundleProblems(file: string, context: CheckContext, reported: Problem[]): Problem[] {
  if (!/\/index\.mdx?$/.test(file)) return [];
  const folder = file.slice(0, file.lastIndexOf("/"));
  return context
    .folderFiles(folder)
    .filter((path) => context.fileState(path) === "outside" && !reported.some((p) => p.message.includes(path)))
    .map((path) => ({
      file,
      line: 1,
      field: "page bundle",
      message: `expected files of the project in the page bundle, found ${path}, a link to a file outside the project: remove it`,
    }));
}

/**
 * Files of a page bundle's folder that it does not publish (podcast/bundle-files.ts), each named,
 * so that none goes missing from the site unnoticed; one a field names is reported there.
 */
function bundleWarnings(file: string, context: CheckContext, named: readonly LocalFile[]): Problem[] {
  if (!/\/index\.mdx?$/.test(file)) return [];
  const folder = file.slice(0, file.lastIndexOf("/"));
  return context.folderFiles(folder).flatMap((path) => {
    const reason = unpublishedReason(path.slice(folder.length + 1));
    if (!reason || named.some((f) => f.source === path) || context.fileState(path) !== "file") return [];
    return [{ file: path, field: "file", message: reason }];
  });
}

/** Aliases that would be written over a file of public/ (`/cover.png`, `/audio/x.mp3/`). */
function aliasProblems(data: EpisodeData, file: string, front: FrontMatter, context: CheckContext): Problem[] {
  return data.aliases.flatMap((alias, index) => {
    const parts = alias.split("/").filter(Boolean);
    const taken = parts
      .map((_, i) => `public/${parts.slice(0, i + 1).join("/")}`)
      .find((path) => context.fileState(path) === "file");
    if (!taken) return [];
    const path = ["aliases", index];
    const message = `expected an old URL that is not a file of public/, found "${alias}", the file ${taken}`;
    return [fieldProblem(file, front, path, message)];
  });
}

function slugProblems(file: string, slug: string, front: FrontMatter): Problem[] {
  const line = fieldLine(front, ["slug"]);
  if (!slug) {
    const name = file.split("/").at(/\/index\.mdx?$/.test(file) ? -2 : -1);
    return [
      {
        file,
        line,
        field: "slug",
        message: `expected a file name with letters or digits for the URL, found "${name}": add a slug field, such as slug: my-episode`,
      },
    ];
  }
  const owner = ownerOfSlug(slug);
  if (!owner) return [];
  const message = `expected a slug that no page of the site has, found "${slug}", ${owner}: rename the file or add a slug field`;
  return [{ file, line, field: "slug", message }];
}

function sizeWarnings(file: string, front: FrontMatter): Problem[] {
  const warnings: Problem[] = [];
  const title = front.data.title ?? (front.data.extra as Record<string, unknown> | undefined)?.title;
  if (typeof title === "string" && [...title].length > SIZE_WARNINGS.titleCharacters) {
    const message = `expected a title of at most ${SIZE_WARNINGS.titleCharacters} characters, found ${[...title].length}: podcast apps cut long titles`;
    warnings.push(fieldProblem(file, front, ["title"], message));
  }
  const bytes = front.body.length * 3 > SIZE_WARNINGS.notesBytes ? new TextEncoder().encode(front.body).length : 0;
  if (bytes > SIZE_WARNINGS.notesBytes) {
    warnings.push({
      file,
      line: front.bodyLine + (/^\s*/.exec(front.body)![0].match(/\n/g)?.length ?? 0),
      field: "show notes",
      message: `expected show notes of at most ${SIZE_WARNINGS.notesBytes / 1024} KB, found ${Math.round(bytes / 1024)} KB: the page and the feed carry all of it`,
    });
  }
  return warnings;
}

/** Fields the site does not read: a warning, since a Zola or Hugo site may carry fields of its own. */
function unknownFieldWarnings(file: string, front: FrontMatter): Problem[] {
  return unknownFields(front.data).map(({ path, key, closest }) =>
    fieldProblem(
      file,
      front,
      [...path, key],
      `expected a field the site reads, found "${key}"${closest ? `: did you mean ${closest}?` : ", which it ignores: keep fields of your own under [extra]"}`,
    ),
  );
}

/** Every problem of the file, in line order. */
const finish = (problems: Problem[], file: string, context: CheckContext) =>
  [...problems, ...bundleProblems(file, context, problems)].sort(byPlace);

/** How messages name an episode file and its parts. */
const EPISODE: FileKind = { what: "an episode file", head: "front matter", body: "show notes" };

/** Checks one file on its own: its front matter, its fields, its shortcodes and the files it names. */
export async function checkFile(source: SourceFile, context: CheckContext): Promise<CheckedFile> {
  try {
    return await checkOne(source, context);
  } catch (error) {
    // No input may stop the check with a stack trace: an unforeseen failure still names the file.
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      ...source,
      slug: slugify(source.file),
      front: readFrontMatter(""),
      problems: [
        {
          file: source.file,
          line: 1,
          field: "file",
          message: `expected a file the check can read, found an error: ${reason}`,
        },
      ],
      warnings: [],
    };
  }
}

async function checkOne(sourceFile: SourceFile, context: CheckContext): Promise<CheckedFile> {
  const { file, source } = sourceFile;
  const front = readFrontMatter(source);
  const slug = slugFromPath(file, front.data);
  // A file whose name gives no usable slug still needs an id, and a dev-server page for its problems.
  const base = { ...sourceFile, slug: slug && !ownerOfSlug(slug) ? slug : slugify(file), front };
  const unread = unreadable(sourceFile, front, EPISODE);
  if (unread) return { ...base, problems: [unread], warnings: [] };

  const bounds = notesBounds(file, front.body, front.bodyLine);
  const problems: Problem[] = [...slugProblems(file, slug, front), ...bounds];
  const warnings = [...sizeWarnings(file, front), ...unknownFieldWarnings(file, front)];
  const parsed = parseEpisodeData(front.data);
  problems.push(...issueProblems(file, front, parsed.error?.issues ?? []));
  problems.push(...shortcodeProblems(file, front, context));
  // Notes past the bounds are not parsed as Markdown at all: that would take minutes.
  if (!bounds.length) {
    problems.push(...notesProblems(file, front, context), ...(await notesImageProblems(file, front, context)));
  }
  if (!parsed.success) return { ...base, problems: finish(problems, file, context), warnings };

  const data = parsed.data;
  const entry = { id: slug, data, body: front.body, filePath: file };
  const episode = toEpisode(entry, context);
  warnings.push(...hostEmbedWarnings(file, front.body, front.bodyLine, Boolean(data.audio)));
  const files = localFiles(entry);
  problems.push(...aliasProblems(data, file, front, context));
  const readTranscript = transcriptReader(context);
  problems.push(...(await localFileProblems(files, episode, file, front, context, readTranscript)));
  warnings.push(...bundleWarnings(file, context, files));
  const duration = await audioDuration(episode, files, problems, context);
  const timed = [...chapterIssues(episode.chapters, duration), ...soundbiteIssues(episode.soundbites, duration)];
  problems.push(...timed.map((issue) => fieldProblem(file, front, issue.path, issue.message)));
  const all = finish(problems, file, context);
  if (all.length) return { ...base, problems: all, warnings };
  warnings.push(...transcriptWarnings(files, duration, context, readTranscript));
  return { ...base, data, episode, problems: all, warnings };
}

/** A file of the episodes folder that looks like an episode but is not one, and why. */
export interface IgnoredFile {
  file: string;
  reason: string;
  /** Likely a mistake (`.markdown`, `.MD`): a warning rather than a note. */
  mistake: boolean;
}

export interface CheckResult {
  /** Files that look like episodes but are not, with the reason: `check:content` lists them. */
  ignored: IgnoredFile[];
  files: CheckedFile[];
  /** Every problem, of single files and between files, in file and line order. */
  problems: Problem[];
  /** Every warning, in file and line order. */
  warnings: Problem[];
}

/** The episodes of the files that have no problem. */
export const validEpisodes = (files: readonly CheckedFile[]) => files.flatMap((f) => (f.episode ? [f.episode] : []));

/** Clean results of earlier checks by file, for a long-lived caller such as the dev server. */
export type CheckCache = Map<string, CheckedFile>;

/**
 * Checks every file, then the valid ones against each other: the same number, slug, guid or alias
 * twice, or an alias on a page of the site; a clash is reported on the later file. With a cache, a file whose text has
 * not changed since it last passed is not parsed again: the dev server re-checks on every save.
 */
export async function checkFiles(
  sources: readonly SourceFile[],
  context: CheckContext,
  cache?: CheckCache,
  ignored: readonly IgnoredFile[] = [],
): Promise<CheckResult> {
  const check = async (source: SourceFile): Promise<CheckedFile> => {
    const known = cache?.get(source.file);
    if (known?.source === source.source) return { ...known, problems: [], warnings: [...known.warnings] };
    const checked = await checkFile(source, context);
    if (cache && !checked.problems.length) cache.set(source.file, { ...checked });
    return checked;
  };
  const files = await Promise.all([...sources].sort((a, b) => a.file.localeCompare(b.file)).map(check));
  reportConflicts(files, findConflicts(validEpisodes(files)));
  const mistakes = ignored.filter((i) => i.mistake).map((i) => ({ file: i.file, field: "file", message: i.reason }));
  return {
    files,
    ignored: [...ignored],
    problems: files.flatMap((f) => f.problems).sort(byPlace),
    warnings: [...files.flatMap((f) => f.warnings), ...mistakes].sort(byPlace),
  };
}
