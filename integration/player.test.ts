import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scratch } from "./scratch.ts";

const DIR = "src/content/episodes/s03e05-late";

/** The problem lines of a run's output (`file:line — field — message`), in the order printed. */
const problemLines = (output: string) => output.split("\n").filter((line) => /^src\/content\/\S+:\d+ — /.test(line));

describe("the player's checks, on a copy of the site", () => {
  let site: Scratch;
  beforeAll(() => {
    site = new Scratch();
  });
  afterAll(() => site?.dispose());

  it("stops the build at a chapter past the local audio's end and at a transcript it cannot read", async () => {
    site.write(
      `${DIR}/index.md`,
      [
        "---",
        "title: Late",
        "date: 2024-05-09",
        "season: 3",
        "episode: 5",
        "audio:",
        "  url: /audio/s01e00-trailer.mp3",
        "transcript: ./transcript.vtt",
        "chapters:",
        "  - { start: 0, title: Intro }",
        '  - { start: "0:10", title: Too late }',
        "---",
        "",
        "Notes.",
        "",
      ].join("\n"),
    );
    site.write(
      `${DIR}/transcript.vtt`,
      "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello.\n\n00:00:2.000 --> 00:00:04.000\nBye.\n",
    );

    const build = await site.run(["build"]);
    expect(build.code).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `${DIR}/index.md:11 — chapters.2.start — expected a start before the end of the audio at 0:06, found 0:10`,
      `${DIR}/transcript.vtt:6 — transcript — expected a valid VTT transcript, found: Must be exactly two digits.`,
    ]);
    expect(build.output).not.toMatch(/Stack trace|^\s+at /m);
  });
});
