// What the feed's lint finds, told as the site's problems: apart from the lint, which loads an XML
// parser, so that the build's integrations and the feed's page load only this.
import type { Problem } from "../problems.ts";

/** One broken rule of podcast-feed.md. `item` points at the feed item it was found in. */
export interface FeedProblem {
  rule: string;
  message: string;
  item?: { guid?: string; link?: string; title?: string };
}

/** The feed's problems in the site's one voice, each on the episode file (`fileOf`) or the show config. */
export function feedLintProblems(
  problems: FeedProblem[],
  fileOf: (item: FeedProblem["item"]) => string | undefined,
): Problem[] {
  return problems.map((p) => ({
    file: (p.item && fileOf(p.item)) ?? (p.item ? `item "${p.item.title}"` : "src/show.config.ts"),
    field: p.rule,
    message: p.message,
  }));
}

/** The lint's findings on the episode file of each item, by its guid (`files`), or the show config. */
export const onEpisodeFiles = (found: FeedProblem[], files: ReadonlyMap<string, string>): Problem[] =>
  feedLintProblems(found, (item) => files.get(item?.guid ?? ""));

/** What to do about a feed's broken rules, wherever they are found. */
export const FEED_RULES_HINT = "Fix these and build again: the feed is published only when it follows every rule.";
