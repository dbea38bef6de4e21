import { AstroError } from "astro/errors";

/**
 * One problem found in what editors write: an episode file, the show config, the feed built from
 * them, or the art and audio they name. Every check of the site reports these, and one formatter
 * prints them, so that each message reads `where — what — expected …, found …`.
 */
export interface Problem {
  /** The file to open, from the project root. */
  file: string;
  /** The line of `file` to look at, where it is known. */
  line?: number;
  /** What is wrong there: a front-matter field, a setting or a feed rule. */
  field: string;
  /** `expected …, found …`. */
  message: string;
}

/** `file:line — field — expected …, found …`: the line an editor reads. */
export const formatProblem = (p: Problem) =>
  `${p.file}${p.line === undefined ? "" : `:${p.line}`} — ${p.field} — ${p.message}`;

/** The problems as a list with a count, `in` saying where they were found. */
export function formatProblems(problems: readonly Problem[], where = "the episode files"): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`${count} in ${where}:`, ...problems.map(formatProblem)].join("\n");
}

/** Problems in file order, then line order. */
export const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/** `["chapters", 1, "start"]` → `chapters.2.start`: lists are counted from 1, as editors count. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.map((part) => (typeof part === "number" ? String(part + 1) : String(part))).join(".") || "front matter";

/**
 * The error that stops the build (or shows in the dev server's overlay) on problems in what editors
 * wrote: the problems alone, with no stack trace, since the fault is in the files, not the code.
 * `pointAt` shows the first problem's line in the dev server's overlay.
 */
export function problemError(
  problems: readonly Problem[],
  hint: string,
  { where, pointAt = false }: { where?: string; pointAt?: boolean } = {},
): AstroError {
  const error = new AstroError(formatProblems(problems, where), hint);
  error.name = "problems";
  error.stack = "";
  const [first] = problems;
  if (pointAt && first) Object.assign(error, { loc: { file: first.file, line: first.line ?? 1, column: 1 } });
  return error;
}
