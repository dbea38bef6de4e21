import { routes } from "../routes.ts";
import type { Episode } from "./episode.ts";
import { nameKey, preferredSpelling } from "./names.ts";

export interface Tag {
  slug: string;
  name: string;
  url: string;
  /** Newest first, as the episodes were given. */
  episodes: Episode[];
}

/** One tag per key: `Rust` and `rust` are one tag, shown as most episodes spell it. */
export function groupTags(published: Episode[]): Tag[] {
  const grouped = new Map<string, { names: string[]; episodes: Episode[] }>();
  for (const episode of published) {
    for (const name of episode.tags) {
      const slug = nameKey(name);
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
