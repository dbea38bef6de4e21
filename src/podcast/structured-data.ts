import { absolute, routes } from "../routes.ts";
import { isoDuration } from "./duration.ts";
import type { Episode } from "./episode.ts";
import type { Show } from "./show.ts";
import { isoDate } from "./dates.ts";

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written `\u003c`, so that no field
 * (a title holding `</script>`, say) can end the script early. The JSON means the same.
 */
export function jsonForScript(data: Json): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const person = (name: string, url?: string) => ({ "@type": "Person", name, ...(url && { url }) });

export function podcastSeries(show: Show): Json {
  return {
    "@context": "https://schema.org",
    "@type": "PodcastSeries",
    name: show.title,
    url: absolute(routes.home()),
    description: show.description,
    image: absolute(routes.asset(show.cover)),
    inLanguage: show.language,
    webFeed: absolute(routes.feed()),
    author: { "@type": "Organization", name: show.author },
    actor: show.hosts.map((host) => person(host.name, host.url)),
  };
}

export function podcastEpisode(episode: Episode, show: Show, seasonName?: string): Json {
  const audio = episode.audio;
  return {
    "@context": "https://schema.org",
    "@type": "PodcastEpisode",
    name: episode.title,
    url: absolute(episode.url),
    datePublished: isoDate(episode.date, show.timeZone),
    description: episode.summary,
    episodeNumber: episode.episode,
    image: absolute(routes.card(episode.slug)),
    partOfSeason: {
      "@type": "PodcastSeason",
      seasonNumber: episode.season,
      ...(seasonName && { name: seasonName }),
      url: absolute(routes.season(episode.season)),
    },
    partOfSeries: { "@type": "PodcastSeries", name: show.title, url: absolute(routes.home()) },
    ...(audio && {
      associatedMedia: {
        "@type": "MediaObject",
        contentUrl: audio.remote ? audio.url : absolute(audio.url),
        ...(audio.type && { encodingFormat: audio.type }),
        ...(audio.duration !== undefined && { duration: isoDuration(audio.duration) }),
      },
    }),
    actor: show.hosts.map((host) => person(host.name, host.url)),
    ...(episode.guests.length && {
      guest: episode.guests.map((g) => person(g.name, g.page ? absolute(g.page) : g.url)),
    }),
    ...(episode.tags.length && { keywords: episode.tags.join(", ") }),
  };
}
