import type { Episode, LocalFile } from "../podcast/episode.ts";
import { lateCues, parseTranscript, transcriptFormat } from "../podcast/transcript.ts";
import type { Problem } from "../problems.ts";
import type { CheckContext } from "./content-check.ts";

const sourceOf = (files: readonly LocalFile[], field: string) => files.find((f) => f.field.join(".") === field)?.source;

/**
 * Warnings on an episode's local transcript, at its lines: cues that start once the audio has ended,
 * by the duration the build reads from a local audio file, or written for remote audio. A transcript
 * that does not read is no warning here: reading it is the build's, which names its line.
 */
export async function transcriptWarnings(
  episode: Episode,
  files: readonly LocalFile[],
  context: CheckContext,
): Promise<Problem[]> {
  const source = sourceOf(files, "transcript");
  if (!source || context.fileState(source) !== "file") return [];
  const audio = sourceOf(files, "audio.url");
  const duration = (audio ? await context.audioDuration(audio) : undefined) ?? episode.audio?.duration;
  if (duration === undefined) return [];
  const read = parseTranscript(context.text(source), transcriptFormat(source));
  const late = read.transcript && lateCues(read.transcript, read.lines, duration);
  return late ? [{ file: source, field: "transcript", ...late }] : [];
}
