import { artworkProblems } from "./artwork";
import type { Episode } from "./episodes";
import { formatFeedProblems, lintFeed } from "./feed-lint";
import type { Show } from "./show";

/**
 * Everything wrong with a feed about to be published: its art files and every rule of the XML,
 * each line naming the episode file (or the show config) and the rule.
 */
export async function feedProblems(show: Show, items: Episode[], xml: string): Promise<string[]> {
  const art = [
    { file: "src/show.config.ts (cover)", path: `public${show.cover}` },
    ...items.flatMap((e) =>
      e.localFiles
        .filter((f) => f.field.join(".") === "image")
        .map((f) => ({ file: `${e.file} (image)`, path: f.source })),
    ),
  ];
  const artProblems = await Promise.all(
    art.map(async ({ file, path }) => (await artworkProblems(path)).map((p) => `${file} — artwork — ${p}`)),
  );
  const files = new Map(items.map((e) => [e.guid, e.file]));
  return [...artProblems.flat(), ...formatFeedProblems(lintFeed(xml), (item) => files.get(item?.guid ?? ""))];
}
