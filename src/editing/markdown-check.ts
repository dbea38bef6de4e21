import { codePoint, CONTROL } from "../podcast/schema.ts";
import { byPlace, type Problem } from "../problems.ts";
import type { FrontMatter } from "./front-matter.ts";
import { type HtmlPolicy, unsafeHtml } from "./safe-html.ts";
import { notesBounds } from "./notes-bounds.ts";

/**
 * The check of Markdown that editors write and the site renders: show notes, a guest's bio, the
 * About page. Each is untrusted text with the same rules, so that the same `<script>` is refused
 * wherever it is written, at its line; the loaders render each through the same sanitizer
 * (loaders/markdown.ts), in case the check misses something.
 */

/** The line of `front`'s file at an index of its body. */
export const bodyLineAt = (front: FrontMatter, index: number) =>
  front.bodyLine + front.body.slice(0, index).split("\n").length - 1;

/**
 * Control characters of a Markdown body, and the HTML of it that the policy refuses, each at its
 * line and named as `field` (`show notes`, `bio`, `page`). `html` is the body as the HTML check
 * reads it, where a caller blanks what it renders otherwise (shortcodes, hosts' players).
 */
export function markdownProblems(
  file: string,
  front: FrontMatter,
  field: string,
  policy: HtmlPolicy,
  html = front.body,
): Problem[] {
  const problems: Problem[] = [];
  const bad = CONTROL.exec(front.body);
  if (bad) {
    const message = `expected text without control characters, found ${codePoint(bad[0])}`;
    problems.push({ file, line: bodyLineAt(front, bad.index), field, message });
  }
  // MDX is code, reviewed as code: its JSX is not HTML to check.
  if (file.endsWith(".mdx")) return problems;
  // A body past the bounds of a real one is not parsed at all: that would take minutes.
  const bounds = notesBounds(file, front.body, front.bodyLine, field);
  if (bounds.length) return [...problems, ...bounds].sort(byPlace);
  for (const p of unsafeHtml(html, policy, front.bodyLine)) {
    problems.push({ file, line: p.line, field, message: p.message });
  }
  return problems.sort(byPlace);
}
