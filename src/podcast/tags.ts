import { routes } from "../routes.ts";
import type { Conflict } from "./catalog.ts";
import type { Episode } from "./episode.ts";
import { foldName, preferredSpelling } from "./names.ts";

export interface Tag {
  slug: string;
  name: string;
  url: string;
  /** Newest first, as the episodes were given. */
  episodes: Episode[];
}

/** A tag as a chip shows it: its name, and its page and number of episodes where it has a page. */
export interface TagChip {
  name: string;
  url?: string;
  count?: number;
}

export const tagChip = (tag: Tag): TagChip => ({ name: tag.name, url: tag.url, count: tag.episodes.length });

/**
 * The key two spellings of one tag share: case and accents aside, and spaces, hyphens and
 * underscores alike (`Rust` and `rust`, `Open Source` and `open-source`). Any other mark counts:
 * `C`, `C++` and `C#` are three tags.
 */
export const tagKey = (name: string) =>
  foldName(name)
    .replace(/[\s_-]+/g, " ")
    .trim();

/** The words that stand for marks in a tag's URL, so that no two of `C`, `C++` and `C#` share one. */
const MARKS: Record<string, string> = { "+": "plus", "#": "sharp", "&": "and", "@": "at" };

/**
 * A tag's slug: its letters and digits joined by hyphens, with `+ # & @` spelled out and a dot
 * before a word as `dot`: `C++` → `c-plus-plus`, `C#` → `c-sharp`, `.NET` → `dotnet`, `Node.js` →
 * `node-js`. Two spellings of one tag always have one slug; two tags that would share one (`Node.js`,
 * `Node js`) are a conflict (`tagConflicts`), never one page.
 */
export const tagSlug = (name: string) =>
  foldName(name)
    .replace(/(^|[^\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, "$1dot")
    .replace(/[+#&@]/g, (mark) => `-${MARKS[mark]}-`)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");

/**
 * Tags of different keys that would share a page (`Node.js` and `Node js`, both `routes.tag("node-js")`),
 * reported at the later one's line, naming the file that has the other.
 */
export function tagConflicts(episodes: readonly Episode[]): Conflict[] {
  const owners = new Map<string, { key: string; name: string; file: string }>();
  const problems: Conflict[] = [];
  for (const episode of episodes) {
    episode.tags.forEach((name, index) => {
      const slug = tagSlug(name);
      if (!slug) return;
      const key = tagKey(name);
      const other = owners.get(slug);
      if (!other) owners.set(slug, { key, name, file: episode.file });
      else if (other.key !== key) {
        problems.push({
          file: episode.file,
          path: ["tags", index],
          message: `expected a tag with a page of its own, found "${name}", whose page ${routes.tag(slug)} is that of "${other.name}" in ${other.file}: spell the two alike if they are one tag`,
        });
      }
    });
  }
  return problems;
}

/** One tag per slug (a slug is one key: `tagConflicts` guards it), shown as most episodes spell it. */
export function groupTags(published: Episode[]): Tag[] {
  const grouped = new Map<string, { names: string[]; episodes: Episode[] }>();
  for (const episode of published) {
    for (const name of episode.tags) {
      const slug = tagSlug(name);
      if (!slug) continue;
      const group = grouped.get(slug) ?? { names: [], episodes: [] };
      group.names.push(name);
      if (!group.episodes.includes(episode)) group.episodes.push(episode);
      grouped.set(slug, group);
    }
  }
  return [...grouped.entries()]
    .map(([slug, { names, episodes }]) => ({ slug, name: preferredSpelling(names), url: routes.tag(slug), episodes }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Each episode's tags as chips, in its order: each with its page among `tags` (the catalog's), or by
 * its name alone where it has no page (a tag of marks only, which has no slug). The tags are indexed
 * once, for every episode. No count: with one, a new episode would change the page of every episode
 * that shares a tag with it, and a rebuild would render them all again; the tag index shows counts.
 */
export function tagChips(tags: readonly Tag[]): (episode: Episode) => TagChip[] {
  const bySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  return (episode) =>
    episode.tags.map((name) => {
      const tag = bySlug.get(tagSlug(name));
      return tag ? { name: tag.name, url: tag.url } : { name };
    });
}
