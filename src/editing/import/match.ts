import type { FeedItem } from "./feed.ts";

/** What the matcher knows of an episode file of the site. */
export interface SiteEpisode {
  file: string;
  slug: string;
  title: string;
  date?: Date;
  season?: number;
  episode?: number;
  guid?: string;
  /** The episode keys of the host players in its body (`sentry-with-arpad-borsos`). */
  embedKeys: string[];
  /** Every absolute link in its body. */
  links: string[];
}

export type Rule = "guid" | "number" | "link" | "date and title";

export const RULES: readonly Rule[] = ["guid", "number", "link", "date and title"];

export type Outcome =
  | { kind: "matched"; item: FeedItem; file: SiteEpisode; rule: Rule }
  | { kind: "ambiguous"; item: FeedItem; rule: Rule; candidates: SiteEpisode[]; reason?: string }
  | { kind: "conflict"; item: FeedItem; file: SiteEpisode; rule: Rule; message: string }
  | { kind: "new"; item: FeedItem };

/** `https://www.Host.fm/a/b/?x=1` → `host.fm/a/b?x=1`: the same page however it was written. */
export function normalizeUrl(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/#.*$/, "")
    .replace(/\/+(\?|$)/, "$1")
    .replace(/^[^/?]+/, (host) => host.toLowerCase());
}

/** The host's ids and slugs an item carries in its link, guid and audio address. */
export function itemKeys(item: FeedItem): Set<string> {
  const keys = new Set<string>();
  for (const address of [item.link, item.guid, item.audio?.url]) {
    if (!address) continue;
    for (const part of address.split(/[/?&=#]+/)) {
      const segment = decodeURIComponent(part).toLowerCase();
      if (segment.length < 4 || /^(https?:|www\.|episodes?|podcasts?|mp3|m4a|s|e)$/.test(segment)) continue;
      keys.add(segment.replace(/\.(mp3|m4a|ogg|opus|js)$/, ""));
      const leading = /^(\d{5,})-/.exec(segment);
      if (leading) keys.add(leading[1]);
    }
    for (const digits of address.match(/\d{6,}/g) ?? []) keys.add(digits);
  }
  return keys;
}

const STOP = new Set(["the", "and", "with", "from", "for", "ep", "episode", "part", "of", "in", "on", "a", "an"]);

const words = (title: string) =>
  new Set(
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/['’]s\b/g, "")
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w)),
  );

/**
 * How close two titles of one day are. Strong: every word of the shorter is in the longer, as a
 * site and its host write one episode's title ("Sentry" in "Rust in Production Ep 6 - Sentry's
 * Arpad Borsos"). Weak: they share a word but not all ("Interview with Bob Smith" and "Interview
 * with Alice Smith" are two episodes), which only the editor can decide.
 */
export function titleCloseness(a: string, b: string): "strong" | "weak" | "none" {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.size - y.size);
  const shared = [...short].filter((w) => long.has(w)).length;
  return !shared ? "none" : shared === short.size ? "strong" : "weak";
}

const DAY = 24 * 60 * 60 * 1000;

/** The same day, allowing for a host that writes the time in another time zone. */
const sameDay = (a?: Date, b?: Date) => Boolean(a && b && Math.abs(a.getTime() - b.getTime()) < DAY + 1000);
const dayOf = (date: Date) => Math.floor(date.getTime() / DAY);

function test(rule: Rule, item: FeedItem, file: SiteEpisode, keys: Set<string>): boolean {
  switch (rule) {
    case "guid":
      return Boolean(item.guid && file.guid === item.guid);
    case "number":
      return (
        item.episode !== undefined &&
        file.episode === item.episode &&
        (item.season === undefined || file.season === item.season)
      );
    case "link": {
      const link = item.link && normalizeUrl(item.link);
      if (link && file.links.some((l) => normalizeUrl(l) === link)) return true;
      if (file.embedKeys.some((key) => keys.has(key.toLowerCase()))) return true;
      return Boolean(link && link.split("/").pop()?.toLowerCase() === file.slug);
    }
    case "date and title":
      return sameDay(item.date, file.date) && titleCloseness(item.title, file.title) === "strong";
  }
}

/**
 * Matches each item to an episode file by the four rules in order: the same guid, the same season
 * and episode number, the item's link or host slug in the file, the same day with a strongly
 * similar title. A rule applies only where it finds exactly one file for an item and one item for
 * a file; an item with more candidates, or with only a weakly similar title that day, is
 * ambiguous and left for the editor. An item matched by a later rule to a file with another guid
 * is a conflict. Every other item has no file.
 */
export function matchItems(items: readonly FeedItem[], files: readonly SiteEpisode[]): Outcome[] {
  const outcome = new Map<FeedItem, Outcome>();
  const claimed = new Set<SiteEpisode>();
  const keys = new Map(items.map((item) => [item, itemKeys(item)]));
  // The first two rules look files up by guid and by episode number, so that a feed of thousands
  // of items is matched in well under a second; the last two compare what is left.
  const index = (key: (file: SiteEpisode) => string | number | undefined) => {
    const map = new Map<string | number, SiteEpisode[]>();
    for (const file of files) {
      const value = key(file);
      if (value !== undefined) map.set(value, [...(map.get(value) ?? []), file]);
    }
    return map;
  };
  const byGuid = index((file) => file.guid);
  const byNumber = index((file) => file.episode);
  const byDay = index((file) => file.date && dayOf(file.date));
  const pool = (rule: Rule, item: FeedItem): readonly SiteEpisode[] => {
    if (rule === "guid") return item.guid === undefined ? [] : (byGuid.get(item.guid) ?? []);
    if (rule === "number") return item.episode === undefined ? [] : (byNumber.get(item.episode) ?? []);
    if (rule === "date and title") {
      const day = item.date && dayOf(item.date);
      return day === undefined ? [] : [day - 1, day, day + 1].flatMap((d) => byDay.get(d) ?? []);
    }
    return files;
  };
  /** Files of the item's day whose title shares only some words with the item's. */
  const weakly = (item: FeedItem) =>
    pool("date and title", item).filter(
      (file) =>
        !claimed.has(file) && sameDay(item.date, file.date) && titleCloseness(item.title, file.title) === "weak",
    );
  for (const rule of RULES) {
    const proposals = new Map<SiteEpisode, FeedItem[]>();
    for (const item of items) {
      if (outcome.has(item)) continue;
      const candidates = pool(rule, item).filter(
        (file) => !claimed.has(file) && test(rule, item, file, keys.get(item)!),
      );
      if (candidates.length > 1) outcome.set(item, { kind: "ambiguous", item, rule, candidates });
      const weak = rule === "date and title" && !candidates.length ? weakly(item) : [];
      if (weak.length) {
        const titles = weak.map((file) => `"${file.title}"`).join(", ");
        const reason = `the same day as ${weak.length === 1 ? "a file" : "files"} whose title ${titles} shares only some of its words`;
        outcome.set(item, { kind: "ambiguous", item, rule, candidates: weak, reason });
      }
      if (candidates.length === 1) proposals.set(candidates[0], [...(proposals.get(candidates[0]) ?? []), item]);
    }
    for (const [file, proposed] of proposals) {
      claimed.add(file);
      if (proposed.length > 1) {
        for (const item of proposed) outcome.set(item, { kind: "ambiguous", item, rule, candidates: [file] });
        continue;
      }
      const [item] = proposed;
      if (file.guid && item.guid && file.guid !== item.guid) {
        const message = `matches by ${rule} but has guid "${file.guid}", not the feed's "${item.guid}"`;
        outcome.set(item, { kind: "conflict", item, file, rule, message });
      } else outcome.set(item, { kind: "matched", item, file, rule });
    }
  }
  return items.map((item) => outcome.get(item) ?? { kind: "new", item });
}
