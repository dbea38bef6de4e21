import { describe, expect, it } from "vitest";
import { formatProblem } from "../problems.ts";
import { NOTES_LIMITS, notesBounds } from "./notes-bounds.ts";

const FILE = "src/content/episodes/s01e07-tokio.md";
const lines = (body: string) => notesBounds(FILE, body, 10).map(formatProblem);

describe("notesBounds", () => {
  it("says nothing of real notes: quotes, lists, rules, entities and code", () => {
    const body = [
      "> > A quote in a quote",
      "1. - [ ] a task in a list",
      "* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *",
      "Tom &amp; Jerry &#233;",
      "```",
      `${">".repeat(500)} a prompt, in code`,
      "```",
    ].join("\n");
    expect(lines(body)).toEqual([]);
  });

  it("refuses a line that opens more block quotes or lists than the bound, at its line", () => {
    const body = `Intro.\n\n${"> ".repeat(NOTES_LIMITS.nesting + 1)}deep\n\n${"1. ".repeat(5000)}x`;
    expect(lines(body)).toEqual([
      `${FILE}:12 — show notes — expected at most 100 block quotes and lists opened on one line, found more: the page cannot be built from it in time`,
    ]);
  });

  it("refuses a paragraph of more character references than the bound, at its first line", () => {
    const body = `Intro.\n\n${"&amp; ".repeat(600)}\n${"&#233;".repeat(600)}\n\n${"&amp;".repeat(900)}`;
    expect(lines(body)).toEqual([
      `${FILE}:12 — show notes — expected at most 1000 character references such as &amp; in a paragraph, found more: write the characters themselves, or split the paragraph`,
    ]);
  });

  it("refuses a paragraph longer than the bound, at its first line, but not as many list items or paragraphs", () => {
    const sentence = "A sentence of an hour's transcript, pasted in. ";
    const half = sentence.repeat(Math.ceil(NOTES_LIMITS.paragraph / 2 / sentence.length));
    const items = Array.from({ length: 4 }, () => `- ${half}`).join("\n");
    const body = `Intro.\n\n${half}\n\n${half}\n\n${items}\n\n## ${half}\n${half}\n\nSplit.\n${half}\n${half}`;
    expect(lines(body)).toEqual([
      `${FILE}:24 — show notes — expected at most 100,000 characters in a paragraph, found more: split it with blank lines`,
    ]);
  });
});
