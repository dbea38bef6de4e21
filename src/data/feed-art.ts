import { feedLintProblems, lintFeed } from "../feed/lint.ts";
import type { Episode } from "../podcast/episode.ts";
import type { Show } from "../podcast/show.ts";
import type { Problem } from "../problems.ts";
import { artworkProblems } from "./artwork.ts";
import { filesOf } from "./catalog.ts";

/**
 * Everything wrong with a feed about to be published: its art files and every rule of the XML,
 * each naming the episode file (or the show config) and the rule.
 */
export async function feedProblems(show: Show, items: Episode[], xml: string): Promise<Problem[]> {
  const art = [
    { file: "src/show.config.ts", field: "cover", path: `public${show.cover}` },
    ...(
      await Promise.all(
        items.map(async (e) =>
          (await filesOf(e))
            .filter((f) => f.field.join(".") === "image")
            .map((f) => ({ file: e.file, field: "image", path: f.source })),
        ),
      )
    ).flat(),
  ];
  const artProblems = await Promise.all(
    art.map(async ({ file, field, path }) =>
      (await artworkProblems(path)).map((message): Problem => ({ file, field, message })),
    ),
  );
  const files = new Map(items.map((e) => [e.guid, e.file]));
  return [...artProblems.flat(), ...feedLintProblems(lintFeed(xml), (item) => files.get(item?.guid ?? ""))];
}
