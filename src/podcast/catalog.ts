import type { Locale } from "../i18n/locale.ts";
import { absolute, ownerOf, routes, withBase } from "../routes.ts";
import { type Episode, isPublished, newestFirst } from "./episode.ts";
import {
  groupGuests,
  type GuestPage,
  type GuestProfile,
  guestDirectory,
  guestsOnProfilePages,
  withGuestPages,
} from "./guests.ts";
import { groupTags, type Tag, tagConflicts } from "./tags.ts";

export interface Season {
  number: number;
  name?: string;
  url: string;
  /** In episode order. */
  episodes: Episode[];
  first: Date;
  last: Date;
}

/** `Season 1: Foundations`, or `Season 3` for a season without a name, in the show's language. */
export const seasonTitle = (season: Pick<Season, "number" | "name">, locale: Pick<Locale, "t">) =>
  season.name
    ? locale.t("seasonNamed", { number: String(season.number), name: season.name })
    : locale.t("season", { number: String(season.number) });

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
  /** Everyone who is a guest of a published episode, by name. */
  guests: GuestPage[];
  /** The tags of published episodes, by name. */
  tags: Tag[];
}

/** A problem between files: `path` is the field of `file` that clashes with another episode. */
export interface Conflict {
  file: string;
  path: (string | number)[];
  message: string;
}

export class CatalogError extends Error {
  readonly problems: Conflict[];
  constructor(problems: Conflict[]) {
    super(
      `Episodes conflict with each other:\n${problems.map((p) => `  - ${p.file} — ${p.path.join(".")} — ${p.message}`).join("\n")}`,
    );
    this.name = "CatalogError";
    // Assigned here rather than as a parameter property, which Node's type stripping cannot run.
    this.problems = problems;
  }
}

/**
 * Problems between files: the same number, slug, guid, audio file or alias in two episodes, an
 * alias that is a page of the site, and two tags that would share a page. The later file is the
 * one reported, naming the file it clashes with.
 */
export function findConflicts(episodes: Episode[]): Conflict[] {
  const problems: Conflict[] = [];
  const seen = new Map<string, Episode>();
  const claim = (key: string, episode: Episode, path: Conflict["path"], expected: string, found: string) => {
    const other = seen.get(key);
    if (!other || other === episode) {
      seen.set(key, episode);
      return true;
    }
    problems.push({
      file: episode.file,
      path,
      message: `expected ${expected}, found ${found}, already used by ${other.file}`,
    });
    return false;
  };
  for (const episode of episodes) {
    const ownSlug = claim(
      `slug:${episode.slug}`,
      episode,
      ["slug"],
      "a slug no other episode has",
      `"${episode.slug}"`,
    );
    claim(
      `number:${episode.season}:${episode.episode}`,
      episode,
      ["episode"],
      `an episode number not yet used in season ${episode.season}`,
      String(episode.episode),
    );
    // Without a guid field the guid is the page URL, so a slug clash is also a guid clash: say it once.
    if (ownSlug)
      claim(`guid:${episode.guid}`, episode, ["guid"], "a permanent id no other episode has", `"${episode.guid}"`);
    // Podcast apps take one audio file for one episode: the feed's rules refuse an enclosure twice.
    if (episode.audio) {
      const url = absolute(episode.audio.url);
      claim(`audio:${url}`, episode, ["audio", "url"], "an audio file no other episode has", `"${url}"`);
    }
  }
  for (const episode of episodes) {
    episode.aliases.forEach((alias, index) => {
      const path = ["aliases", index];
      const expected = "an old URL that is not a page of the site";
      const page = episodes.find((e) => withBase(alias).startsWith(e.url));
      const site = ownerOf(alias);
      if (page)
        problems.push({
          file: episode.file,
          path,
          message: `expected ${expected}, found "${alias}", the page of ${page.file}`,
        });
      else if (site)
        problems.push({ file: episode.file, path, message: `expected ${expected}, found "${alias}", ${site}` });
      else claim(`alias:${alias}`, episode, path, "an old URL no other episode has", `"${alias}"`);
    });
  }
  problems.push(...tagConflicts(episodes));
  return problems;
}

export function buildCatalog(
  given: Episode[],
  options: { now: Date; seasonNames?: Record<string, string>; guests?: GuestProfile[] },
): Catalog {
  const directory = guestDirectory(options.guests ?? []);
  // The content check reports these first, with their lines; here they only guard the model. A
  // guest `id` whose profile is broken is let through: the dev server logs the profile's problem,
  // and the guest has no page until it is fixed.
  const problems = [...directory.problems, ...findConflicts(given), ...guestsOnProfilePages(given, directory)];
  if (problems.length) throw new CatalogError(problems);
  const all = given.map((episode) => withGuestPages(episode, directory));

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
        url: routes.season(number),
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
    guests: groupGuests(published, directory),
    tags: groupTags(published),
  };
}
