import { feedLintProblems, lintFeed } from "../feed/lint.ts";
import type { Problem } from "../problems.ts";
import { afterPages } from "./after-pages.ts";

/**
 * The feeds a build writes, by path, each with the episode file of each item's guid, whose rules
 * integrations/feed-check.ts checks on the written text once the pages are built: the check takes
 * a fifth of a second per thousand items, which the pages rendering beside it need not wait for.
 * The dev server checks a feed as it serves it.
 */
export const feedsToCheck = afterPages<ReadonlyMap<string, string>>("feed-rules");

/** Every rule of the feed's XML that `xml` breaks, each on its episode file (`files`, by guid) or the show config. */
export const ruleProblems = (xml: string, files: ReadonlyMap<string, string>): Problem[] =>
  feedLintProblems(lintFeed(xml), (item) => files.get(item?.guid ?? ""));

/** What to do about a feed's broken rules, wherever they are found. */
export const FEED_RULES_HINT = "Fix these and build again: the feed is published only when it follows every rule.";
