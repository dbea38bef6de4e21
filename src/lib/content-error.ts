import { AstroError } from "astro/errors";
import { formatProblems, type Problem } from "./content-check";

/**
 * The error a bad episode file raises in the build and in the dev server: the problems alone,
 * with no stack trace, since the fault is in the files. `pointAt` shows the first problem's line
 * in the dev server's overlay.
 */
export function contentError(problems: readonly Problem[], hint: string, { pointAt = false } = {}): AstroError {
  const error = new AstroError(formatProblems(problems), hint);
  error.name = "episodes";
  error.stack = "";
  const [first] = problems;
  if (pointAt && first) Object.assign(error, { loc: { file: first.file, line: first.line, column: 1 } });
  return error;
}
