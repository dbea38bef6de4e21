import { type LocalFile, localFileOf } from "../podcast/episode.ts";
import { lateCues, parseTranscript, transcriptFormat } from "../podcast/transcript.ts";
import type { Problem } from "../problems.ts";
import type { CheckContext } from "./content-check.ts";

/**
 * Reads an episode's local transcripts as the build parses them, each once however many of the
 * check's steps ask: whether it reads at all, then where its cues run past the audio.
 */
export function transcriptReader(context: CheckContext) {
  const read = new Map<string, ReturnType<typeof parseTranscript>>();
  return (source: string) => {
    let known = read.get(source);
    if (!known) read.set(source, (known = parseTranscript(context.text(source), transcriptFormat(source))));
    return known;
  };
}

export type TranscriptReader = ReturnType<typeof transcriptReader>;

/**
 * Warnings on an episode's local transcript, at its lines: cues that start once the audio has ended,
 * by `duration`, the audio's as the build knows it. A transcript that does not read is no warning
 * here: reading it is the build's, which names its line.
 */
export function transcriptWarnings(
  files: readonly LocalFile[],
  duration: number | undefined,
  context: CheckContext,
  readTranscript: TranscriptReader,
): Problem[] {
  const source = localFileOf(files, "transcript");
  if (!source || duration === undefined || context.fileState(source) !== "file") return [];
  const read = readTranscript(source);
  const late = read.transcript && lateCues(read.transcript, read.lines, duration);
  return late ? [{ file: source, field: "transcript", ...late }] : [];
}
