import { absolute, listenUrl, routes } from "../routes.ts";
import type { Episode } from "./episode.ts";

/**
 * What the player's script needs to play an episode, as `data-player` and `data-play` carry it,
 * and search's hits too: the show's title and cover are the show config's.
 */
export function playData(episode: Episode, show: { title: string; cover: string }, withChapters = false): string {
  return JSON.stringify({
    guid: episode.guid,
    title: episode.title,
    src: listenUrl(episode.audio!.url),
    url: episode.url,
    show: show.title,
    label: episode.label,
    art: absolute(episode.image ?? routes.asset(show.cover)),
    ...(withChapters && episode.chapters.length ? { chapters: episode.chapters.map((c) => [c.start, c.title]) } : {}),
  });
}
