import { readFile } from "node:fs/promises";
import { type LocalFile, localFileOf } from "../podcast/episode.ts";
import { parseTranscript, type Transcript, transcriptFormat } from "../podcast/transcript.ts";
import type { Problem } from "../problems.ts";

/** Where an episode's local transcript lies, if it names one of the project's files. */
export const transcriptSource = (files: readonly LocalFile[]) => localFileOf(files, "transcript");

/**
 * Reads and parses an episode's local transcript once per build. A file that cannot be parsed is a
 * problem on the transcript itself, at the line where reading stopped.
 */
export async function readTranscript(
  files: readonly LocalFile[],
): Promise<{ transcript?: Transcript; problem?: Problem }> {
  const source = transcriptSource(files);
  if (!source) return {};
  const result = parseTranscript(await readFile(source, "utf8"), transcriptFormat(source));
  if (result.error) return { problem: { file: source, field: "transcript", ...result.error } };
  return { transcript: result.transcript };
}
