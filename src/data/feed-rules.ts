import { type FeedProblem, feedLintProblems, lintFeed } from "../feed/lint.ts";
import type { Problem } from "../problems.ts";
import { afterPages } from "./after-pages.ts";

/** A feed as its endpoint rendered it, with the episode file of each item's guid. */
export interface FeedToCheck {
  xml: string;
  files: ReadonlyMap<string, string>;
}

/**
 * The feeds a build writes, by path, whose rules integrations/feed-check.ts checks in a worker
 * thread while the other pages render (a fifth of a second per thousand items the main thread need
 * not spend), and reports once they are built. The dev server checks a feed as it serves it.
 */
export const feedsToCheck = afterPages<FeedToCheck>("feed-rules");

/** The lint's findings in the site's voice, each on its episode file (`files`, by guid) or the show config. */
export const onFiles = (found: FeedProblem[], files: ReadonlyMap<string, string>): Problem[] =>
  feedLintProblems(found, (item) => files.get(item?.guid ?? ""));

/** Every rule of the feed's XML that `xml` breaks, each on its episode file or the show config. */
export const ruleProblems = (xml: string, files: ReadonlyMap<string, string>): Problem[] =>
  onFiles(lintFeed(xml), files);

/** What to do about a feed's broken rules, wherever they are found. */
export const FEED_RULES_HINT = "Fix these and build again: the feed is published only when it follows every rule.";
