import type { Conflict } from "../podcast/catalog.ts";
import type { Episode } from "../podcast/episode.ts";
import { fieldName, type Problem } from "../problems.ts";
import type { SourceFile } from "./content-check.ts";
import { fieldLine, type FrontMatter } from "./front-matter.ts";

// What every check of an editor's file (an episode, a guest profile) reports the same way.

/** What a kind of file is called in messages, and its parts, for a problem that belongs to no field. */
export interface FileKind {
  /** `an episode file`. */
  what: string;
  /** The part that holds the fields: `front matter`. */
  head: string;
  /** The text below them: `show notes`. */
  body: string;
}

/**
 * The problem that keeps a file from being read at all, before any of its fields: a link out of
 * the project, bytes that are not UTF-8, front matter that does not parse or is not there.
 */
export function unreadable(source: SourceFile, front: FrontMatter, kind: FileKind): Problem | undefined {
  const at = (line: number, field: string, message: string) => ({ file: source.file, line, field, message });
  if (source.linkedOutside) {
    return at(1, "file", `expected ${kind.what} of the project, found a link to a file outside the project`);
  }
  if (source.notUtf8Line !== undefined) {
    const line = source.notUtf8Line;
    const part = front.format !== "none" && line < front.bodyLine ? kind.head : kind.body;
    return at(line, part, "expected UTF-8 text, found bytes that are not UTF-8: save the file as UTF-8");
  }
  if (front.error) return at(front.error.line, front.error.field ?? kind.head, front.error.message);
  if (front.format === "none") {
    return at(1, "front matter", "expected front matter between --- lines (YAML) or +++ lines (TOML), found none");
  }
  return undefined;
}

/** A problem at the line of a field, `["guests", 0, "id"]` named as editors count (`guests.1.id`). */
export const fieldProblem = (file: string, front: FrontMatter, path: readonly PropertyKey[], message: string) => ({
  file,
  line: fieldLine(front, path),
  field: fieldName(path),
  message,
});

/** Zod's issues as problems at their fields' lines; a message a field repeats (a list's items) once. */
export function issueProblems(
  file: string,
  front: FrontMatter,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Problem[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const key = `${fieldName(issue.path)}:${issue.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [fieldProblem(file, front, issue.path, issue.message)];
  });
}

/** A checked file of any kind: what a problem between files is reported on. */
interface Reported {
  file: string;
  front: FrontMatter;
  problems: Problem[];
  data?: unknown;
  episode?: Episode;
}

/**
 * Reports each problem between files on its file, which then counts as broken: the dev server keeps
 * it as its problems, so that the pages never see the clash. Returns the problems it added.
 */
export function reportConflicts(files: readonly Reported[], conflicts: readonly Conflict[]): Problem[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  return conflicts.map((conflict) => {
    const checked = byFile.get(conflict.file)!;
    const problem = fieldProblem(conflict.file, checked.front, conflict.path, conflict.message);
    checked.problems.push(problem);
    delete checked.data;
    delete checked.episode;
    return problem;
  });
}
