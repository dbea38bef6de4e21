import { type Episode, isPublished, newestFirst } from "./episodes";

export interface Season {
  number: number;
  name?: string;
  url: string;
  /** In episode order. */
  episodes: Episode[];
  first: Date;
  last: Date;
}

export interface Neighbours {
  /** The episode published just before. */
  previous?: Episode;
  /** The episode published just after. */
  next?: Episode;
}

export interface Alias {
  path: string;
  episode: Episode;
}

/** Everything the pages need, computed once per build so that no page scans the collection. */
export interface Catalog {
  /** Published episodes, newest first. */
  published: Episode[];
  /** Episodes dated after the build's "now", soonest first. */
  scheduled: Episode[];
  seasons: Season[];
  season(number: number): Season | undefined;
  neighbours(episode: Episode): Neighbours;
  aliases: Alias[];
}

export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`Episodes conflict with each other:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CatalogError";
  }
}

/** Problems between files: the same number, slug, guid or alias in two episodes. */
export function findConflicts(episodes: Episode[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Episode>();
  const claim = (key: string, episode: Episode, what: string) => {
    const other = seen.get(key);
    if (other && other !== episode) problems.push(`${episode.file}: ${what} is already used by ${other.file}`);
    else seen.set(key, episode);
  };
  for (const episode of episodes) {
    claim(`slug:${episode.slug}`, episode, `slug "${episode.slug}"`);
    claim(
      `number:${episode.season}:${episode.episode}`,
      episode,
      `season ${episode.season} episode ${episode.episode}`,
    );
    claim(`guid:${episode.guid}`, episode, `guid "${episode.guid}"`);
  }
  const pages = new Map(episodes.map((e) => [e.url, e]));
  for (const episode of episodes) {
    for (const alias of episode.aliases) {
      const page = pages.get(alias);
      if (page) problems.push(`${episode.file}: alias "${alias}" is the page of ${page.file}`);
      else claim(`alias:${alias}`, episode, `alias "${alias}"`);
    }
  }
  return problems;
}

export function buildCatalog(all: Episode[], options: { now: Date; seasonNames?: Record<string, string> }): Catalog {
  const problems = findConflicts(all);
  if (problems.length) throw new CatalogError(problems);

  const published = all.filter((e) => isPublished(e, options.now)).sort(newestFirst);
  const scheduled = all
    .filter((e) => !e.draft && !isPublished(e, options.now))
    .sort((a, b) => a.date.getTime() - b.date.getTime());

  const bySeason = new Map<number, Episode[]>();
  for (const episode of published) {
    const list = bySeason.get(episode.season) ?? [];
    list.push(episode);
    bySeason.set(episode.season, list);
  }
  const seasons: Season[] = [...bySeason.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, episodes]) => {
      const dates = episodes.map((e) => e.date.getTime());
      return {
        number,
        name: options.seasonNames?.[String(number)],
        url: `/seasons/${number}/`,
        episodes: [...episodes].sort((a, b) => a.episode - b.episode || a.date.getTime() - b.date.getTime()),
        first: new Date(Math.min(...dates)),
        last: new Date(Math.max(...dates)),
      };
    });
  const seasonByNumber = new Map(seasons.map((s) => [s.number, s]));

  const neighbours = new Map<Episode, Neighbours>();
  published.forEach((episode, i) => neighbours.set(episode, { previous: published[i + 1], next: published[i - 1] }));

  return {
    published,
    scheduled,
    seasons,
    season: (number) => seasonByNumber.get(number),
    neighbours: (episode) => neighbours.get(episode) ?? {},
    aliases: published.flatMap((episode) => episode.aliases.map((path) => ({ path, episode }))),
  };
}
