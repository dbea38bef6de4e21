import { episodeSchema } from "./episode-schema";
import { type Episode, toEpisode } from "./episodes";

export const SITE = "https://podcast.example.com";

let counter = 0;

/** An episode built the way the site builds one, from front matter and a body. */
export function makeEpisode(data: Record<string, unknown> = {}, body = "Notes.", file?: string): Episode {
  counter++;
  const parsed = episodeSchema.parse({
    title: `Episode ${counter}`,
    date: "2024-01-01",
    season: 1,
    episode: counter,
    ...data,
  });
  const slug = (data.slug as string) ?? `s${parsed.season}e${parsed.episode}-${counter}`;
  return toEpisode(
    { id: slug, data: parsed, body, filePath: file ?? `src/content/episodes/${slug}.md` },
    { site: SITE, explicit: false },
  );
}
