import type { Problem } from "../problems.ts";

/**
 * Bounds on the shape of show notes that no real episode comes near. Past them, the Markdown
 * renderer (satteri, Astro's) takes time that grows with the square of the text: a line of 40,000
 * `>` or list markers takes it seconds, a paragraph of 16,000 `&amp;` a tenth of a second, and
 * either of a megabyte minutes. Such notes are refused, with their line, before anything parses them.
 */
export const NOTES_LIMITS = {
  /** Block quotes and lists opened on one line, and HTML elements open inside each other. */
  nesting: 100,
  /** Character references (`&amp;`, `&#233;`) in one paragraph. */
  references: 1000,
  /** Problems of one kind listed for a body: the first hundred say what to fix. */
  problems: 100,
} as const;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/y;
const THEMATIC_BREAK = /^[ \t]*(?:(?:-[ \t]*)+|(?:\*[ \t]*)+|(?:_[ \t]*)+)$/;
const REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;

/** How many block quotes and lists a line opens before its text. */
function markersOf(line: string): number {
  let count = 0;
  MARKER.lastIndex = 0;
  while (count <= NOTES_LIMITS.nesting && MARKER.exec(line)) count++;
  return count;
}

/** The first line of the body past each bound, as problems of the file; none for real notes. */
export function notesBounds(file: string, body: string, firstLine: number, field = "show notes"): Problem[] {
  const problems: Problem[] = [];
  const at = (index: number, message: string) => problems.push({ file, line: firstLine + index, field, message });
  let fence: string | undefined;
  let references = 0;
  /** The line the current paragraph starts on; -1 between paragraphs. */
  let paragraph = -1;
  let deep = false;
  let dense = false;
  body.split("\n").forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker?.[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker || !line.trim()) {
      fence = marker;
      references = 0;
      paragraph = -1;
      return;
    }
    if (paragraph < 0) paragraph = index;
    if (!deep && markersOf(line) > NOTES_LIMITS.nesting && !THEMATIC_BREAK.test(line)) {
      deep = true;
      at(
        index,
        `expected at most ${NOTES_LIMITS.nesting} block quotes and lists opened on one line, found more: the page cannot be built from it in time`,
      );
    }
    references += line.match(REFERENCE)?.length ?? 0;
    if (!dense && references > NOTES_LIMITS.references) {
      dense = true;
      at(
        paragraph,
        `expected at most ${NOTES_LIMITS.references} character references such as &amp; in a paragraph, found more: write the characters themselves, or split the paragraph`,
      );
    }
  });
  return problems;
}
