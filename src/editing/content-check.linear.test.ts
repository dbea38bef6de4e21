import { describe, expect, it } from "vitest";
import { fakeCheckContext } from "../testing/fixtures.ts";
import { UNCLOSED_MARKDOWN } from "../testing/linear.ts";
import { checkFile } from "./content-check.ts";
import { NOTES_LIMITS } from "./notes-bounds.ts";

// Show notes a hostile file could hold: long runs of what Markdown, HTML and shortcodes open and
// never close. Each run is a few hundred characters, on one line, in paragraphs as long as the
// bound allows (notes-bounds.ts), so that every pattern meets every kind of run; the first is the
// summary, which the check renders.
const RUNS = [
  ...UNCLOSED_MARKDOWN,
  "{{ ",
  "{% ",
  "{{< ",
  "\\",
  "](",
  ")",
  '<iframe src="',
  "<script src='",
  "&#",
  "12:",
  "]",
];

function hostileNotes(bytes: number): string {
  let body = "";
  let paragraph = "";
  for (let i = 0; body.length + paragraph.length < bytes; i++) {
    const unit = RUNS[i % RUNS.length];
    const run = `${unit.repeat(Math.ceil(400 / unit.length))} words `;
    if (paragraph.length + run.length >= NOTES_LIMITS.paragraph) [body, paragraph] = [`${body}${paragraph}\n\n`, ""];
    paragraph += run;
  }
  return (body + paragraph).slice(0, bytes);
}

const source = (body: string) => `---\ntitle: Hostile\ndate: 2024-03-01\nseason: 1\nepisode: 7\n---\n\n${body}\n`;
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The least CPU time of a few runs: the one least disturbed by whatever else the machine runs. */
async function bestOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpu();
    await work();
    best = Math.min(best, cpu() - start);
  }
  return best;
}

describe("the content check's time", () => {
  it("grows in proportion to hostile show notes: four times the text takes at most six times as long", async () => {
    const context = fakeCheckContext("everything");
    const check = (body: string) =>
      checkFile({ file: "src/content/episodes/s01e07-hostile.md", source: source(body) }, context);
    const one = hostileNotes(1024 * 1024);
    const four = hostileNotes(4 * 1024 * 1024);
    expect((await check(four)).problems.map((p) => p.message).join("\n")).not.toMatch(/expected at most/);
    // In proportion, the ratio is 4; a step whose time grows with the square of the text makes it 16.
    const once = await bestOf(3, () => check(one));
    const fourTimes = await bestOf(3, () => check(four));
    // Before, the summary's emphasis pattern alone took 66 s over 586 KB; now a megabyte takes well under a second.
    console.log(`content check of hostile notes: 1 MB ${once.toFixed(0)} ms, 4 MB ${fourTimes.toFixed(0)} ms`);
    expect(fourTimes).toBeLessThanOrEqual(6 * once);
  }, 120_000);
});
