import { readFile } from "node:fs/promises";
import type { Episode } from "../podcast/episode.ts";
import { type Cue, parseCues } from "../podcast/transcript.ts";
import { filesOf } from "./catalog.ts";

/** The cues of an episode's transcript when it is a file of the project; remote ones are not fetched. */
export async function transcriptCues(episode: Episode): Promise<Cue[] | undefined> {
  const file = (await filesOf(episode)).find((f) => f.field[0] === "transcript");
  if (!file) return undefined;
  return parseCues(await readFile(file.source, "utf8"));
}
