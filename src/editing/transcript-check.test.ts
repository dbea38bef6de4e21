import { describe, expect, it } from "vitest";
import { formatProblem } from "../problems.ts";
import { fakeCheckContext } from "../testing/fixtures.ts";
import { checkFiles } from "./content-check.ts";

const FOLDER = "src/content/episodes/s01e07-tokio";
const FILE = `${FOLDER}/index.md`;
const TRANSCRIPT = `${FOLDER}/transcript.vtt`;

const episode = (audio: string) => ({
  file: FILE,
  source: `---\ntitle: Tokio\ndate: 2024-03-01\nseason: 1\nepisode: 7\naudio:\n${audio}\ntranscript: ./transcript.vtt\n---\n\nNotes.\n`,
});

/** Cues from `starts` (seconds), one a block from line 3. */
const vtt = (...starts: number[]) =>
  `WEBVTT\n\n${starts.map((s) => `00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.000 --> 00:59:59.000\nWords.\n`).join("\n")}`;

// The project's audio file lasts a minute.
const check = (audio: string, transcript: string) =>
  checkFiles([episode(audio)], {
    ...fakeCheckContext([`${FOLDER}/episode.mp3`, TRANSCRIPT], {}, { [TRANSCRIPT]: transcript }),
    audioDuration: async (path) => (path === `${FOLDER}/episode.mp3` ? 60 : undefined),
  });

describe("transcript warnings", () => {
  it("warns, at the transcript's line, of cues that start after the local audio ends", async () => {
    const { problems, warnings } = await check("  url: ./episode.mp3", vtt(0, 30, 65, 70));
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      `${TRANSCRIPT}:9 — transcript — expected cues that start before the audio ends at 1:00, found 2 from 1:05 on`,
    ]);
  });

  it("reads the duration written for remote audio", async () => {
    const remote = "  url: https://cdn.example/tokio.mp3\n  length: 1000\n  duration: 20";
    const { warnings } = await check(remote, vtt(0, 30));
    expect(warnings.map(formatProblem)).toEqual([
      `${TRANSCRIPT}:6 — transcript — expected a cue that starts before the audio ends at 0:20, found one at 0:30`,
    ]);
  });

  it("says nothing of a transcript that ends with its audio", async () => {
    expect((await check("  url: ./episode.mp3", vtt(0, 59))).warnings).toEqual([]);
  });
});
