import { findConflicts } from "../podcast/catalog.ts";
import { byPlace, fieldName, type Problem } from "../problems.ts";
import { type EpisodeData, episodeSchema } from "../podcast/schema.ts";
import { type Episode, type LocalFile, localFiles, type ModelContext, toEpisode } from "../podcast/episode.ts";
import { fieldLine, type FrontMatter, readFrontMatter } from "./front-matter.ts";
import { blankShortcodes, findShortcodes, missingComponent, shortcodeComponent } from "./shortcodes.ts";
import { hostEmbedWarnings, removeHostEmbeds } from "./host-embeds.ts";
import { badScheme, SCHEMES_TEXT, unsafeHtml } from "./safe-html.ts";
import { slugFromPath } from "../podcast/slug.ts";
import { chapterIssues } from "../podcast/chapters.ts";

/**
 * The one validation of episode files, shared by `npm run check:content`, the build and the dev
 * server, so that all three print the same messages.
 */
export interface SourceFile {
  /** The file, from the project root, with `/` separators. */
  file: string;
  source: string;
}

export interface CheckContext extends ModelContext {
  /** Whether a file exists, by its path from the project root. */
  exists(path: string): boolean;
  /** Hosts whose iframes show notes may embed: the show config's `allowEmbeds`. */
  allowEmbeds?: readonly string[];
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

const WHAT: Record<string, string> = { url: "an audio file", image: "an image", transcript: "a transcript" };

/** Every file of the site the episode names that is not there. */
function missingFiles(files: LocalFile[], file: string, front: FrontMatter, context: CheckContext): Problem[] {
  return files
    .filter((f) => !context.exists(f.source))
    .map((f) => ({
      file,
      line: fieldLine(front, f.field),
      field: fieldName(f.field),
      message: `expected ${WHAT[String(f.field.at(-1))] ?? "a file"} at ${f.source}, found no file there`,
    }));
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
 * Raw HTML and links of a Markdown body that the HTML policy refuses (editing/safe-html.ts). MDX
 * is code, reviewed as code: its JSX is not HTML to check.
 */
function htmlProblems(file: string, front: FrontMatter, context: CheckContext): Problem[] {
  if (file.endsWith(".mdx")) return [];
  const policy = { allowEmbeds: context.allowEmbeds ?? [] };
  // A host's player is dropped before rendering (host-embeds.ts): it is warned about, not refused.
  return unsafeHtml(blankShortcodes(removeHostEmbeds(front.body)), policy, front.bodyLine).map((p) => ({
    file,
    line: p.line,
    field: "show notes",
    message: p.message,
  }));
}

/** Checks one file on its own: its front matter, its fields, its shortcodes and the files it names. */
export function checkFile({ file, source }: SourceFile, context: CheckContext): CheckedFile {
  const front = readFrontMatter(source);
  const slug = slugFromPath(file, front.data);
  const problem = (line: number, field: string, message: string): CheckedFile => ({
    file,
    source,
    slug,
    front,
    problems: [{ file, line, field, message }],
    warnings: [],
  });
  if (front.error) return problem(front.error.line, "front matter", front.error.message);
  if (front.format === "none") {
    return problem(1, "front matter", "expected front matter between --- lines (YAML) or +++ lines (TOML), found none");
  }

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const seen = new Set<string>();
  const parsed = episodeSchema.safeParse(front.data);
  for (const issue of parsed.error?.issues ?? []) {
    const field = fieldName(issue.path);
    if (seen.has(`${field}:${issue.message}`)) continue;
    seen.add(`${field}:${issue.message}`);
    problems.push({ file, line: fieldLine(front, issue.path), field, message: issue.message });
  }
  problems.push(...shortcodeProblems(file, front, context), ...htmlProblems(file, front, context));
  if (!parsed.success) return { file, source, slug, front, problems: problems.sort(byPlace), warnings };

  const data = parsed.data;
  const entry = { id: slug, data, body: front.body, filePath: file };
  const episode = toEpisode(entry, context);
  warnings.push(...hostEmbedWarnings(file, front.body, front.bodyLine, Boolean(data.audio)));
  problems.push(...missingFiles(localFiles(entry), file, front, context));
  // The duration written for remote audio; that of a local file is read, and checked, in src/data/.
  for (const issue of chapterIssues(episode.chapters, episode.audio?.duration)) {
    problems.push({ file, line: fieldLine(front, issue.path), field: fieldName(issue.path), message: issue.message });
  }
  return problems.length
    ? { file, source, slug, front, problems: problems.sort(byPlace), warnings }
    : { file, source, slug, front, data, episode, problems, warnings };
}

export interface CheckResult {
  files: CheckedFile[];
  /** Every problem, of single files and between files, in file and line order. */
  problems: Problem[];
  /** Every warning, in file and line order. */
  warnings: Problem[];
}

/** Clean results of earlier checks by file, for a long-lived caller such as the dev server. */
export type CheckCache = Map<string, CheckedFile>;

/**
 * Checks every file, then the valid ones against each other: the same number, slug, guid or alias
 * twice, or an alias on a page of the site; a clash is reported on the later file. With a cache, a file whose text has
 * not changed since it last passed is not parsed again: the dev server re-checks on every save.
 */
export function checkFiles(sources: readonly SourceFile[], context: CheckContext, cache?: CheckCache): CheckResult {
  const check = (source: SourceFile): CheckedFile => {
    const known = cache?.get(source.file);
    if (known?.source === source.source) return { ...known, problems: [], warnings: [...known.warnings] };
    const checked = checkFile(source, context);
    if (cache && !checked.problems.length) cache.set(source.file, { ...checked });
    return checked;
  };
  const files = [...sources].sort((a, b) => a.file.localeCompare(b.file)).map(check);
  const byFile = new Map(files.map((f) => [f.file, f]));
  const episodes = files.flatMap((f) => (f.episode ? [f.episode] : []));
  for (const conflict of findConflicts(episodes)) {
    const checked = byFile.get(conflict.file)!;
    checked.problems.push({
      file: conflict.file,
      line: fieldLine(checked.front, conflict.path),
      field: fieldName(conflict.path),
      message: conflict.message,
    });
    delete checked.data;
    delete checked.episode;
  }
  return {
    files,
    problems: files.flatMap((f) => f.problems).sort(byPlace),
    warnings: files.flatMap((f) => f.warnings).sort(byPlace),
  };
}
