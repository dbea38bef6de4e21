// What the search page's script reads back of a hit. It runs in the browser, so this module imports
// nothing: the documents the index holds are made in search-document.ts.

/** The `id` of a transcript cue that starts `seconds` into the episode: Pagefind keeps it as an anchor. */
export const cueId = (seconds: number) => `t-${Math.floor(seconds)}`;

/** The ids of cues starting at `starts`: only the first cue of each second has one. */
export function cueIds(starts: number[]): (string | undefined)[] {
  const seen = new Set<string>();
  return starts.map((start) => {
    const id = cueId(start);
    if (seen.has(id)) return undefined;
    seen.add(id);
    return id;
  });
}

const CUE = /^t-(\d+)$/;

export interface Anchor {
  id: string;
  location: number;
}

/**
 * The moment of a hit: the start of the transcript cue that holds the first matched word, that is
 * the last cue anchor at or before the word. `undefined` when the word is not in a transcript.
 */
export function momentOf(locations: number[], anchors: Anchor[]): number | undefined {
  const cues = anchors.filter((a) => CUE.test(a.id)).sort((a, b) => a.location - b.location);
  for (const location of [...locations].sort((a, b) => a - b)) {
    const cue = cues.filter((c) => c.location <= location).pop();
    if (cue) return Number(CUE.exec(cue.id)![1]);
  }
  return undefined;
}

/** The URL a result opens: the episode, at the moment of the hit when it is in a transcript. */
export function resultUrl(episodeUrl: string, moment: number | undefined): string {
  return moment === undefined ? episodeUrl : `${episodeUrl}?t=${moment}`;
}
