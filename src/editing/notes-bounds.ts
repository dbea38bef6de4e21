import type { Problem } from "../problems.ts";

/**
 * Bounds on the shape of show notes that no real episode comes near. Past them, the Markdown
 * renderer (satteri, Astro's) takes time that grows with the square of the text: a line of 40,000
 * `>` or list markers takes it seconds, a paragraph of 16,000 `&amp;` a tenth of a second, and
 * either of a megabyte minutes; a paragraph of a megabyte of emphasis and brackets takes several
 * times what ten paragraphs of a tenth of it take. Such notes are refused, with their line, before
 * anything parses them.
 */
export const NOTES_LIMITS = {
  /** Block quotes and lists opened on one line, and HTML elements open inside each other. */
  nesting: 100,
  /** Character references (`&amp;`, `&#233;`) in one paragraph. */
  references: 1000,
  /**
   * Characters of one paragraph (lines without a blank line between them, or one list item): an
   * hour's transcript pasted as one is about 50,000. Inline Markdown is parsed a paragraph at a time, in time that
   * grows faster than the paragraph; so a bound on each keeps the whole in proportion to the notes.
   */
  paragraph: 100_000,
  /** Problems of one kind listed for a body: the first hundred say what to fix. */
  problems: 100,
} as const;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/y;
const THEMATIC_BREAK = /^[ \t]*(?:(?:-[ \t]*)+|(?:\*[ \t]*)+|(?:_[ \t]*)+)$/;
/** Lines that start inline text of their own without a blank line before them. */
const LIST_ITEM = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
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
  /** The line that the current paragraph, list item or heading starts on, and its length. */
  let text = -1;
  let length = 0;
  /** The line the current paragraph starts on; -1 between paragraphs. */
  let paragraph = -1;
  let deep = false;
  let dense = false;
  let long = false;
  body.split("\n").forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker?.[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker || !line.trim()) {
      fence = marker;
      references = 0;
      text = -1;
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
    const heading = HEADING.test(line);
    if (heading || LIST_ITEM.test(line) || text < 0) [text, length] = [index, 0];
    length += line.length + 1;
    if (!long && length > NOTES_LIMITS.paragraph) {
      long = true;
      at(
        text,
        `expected at most ${NOTES_LIMITS.paragraph.toLocaleString("en")} characters in a paragraph, found more: split it with blank lines`,
      );
    }
    // A heading is one line: the next line starts a paragraph.
    if (heading) text = -1;
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
