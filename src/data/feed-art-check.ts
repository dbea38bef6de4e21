import type { Episode } from "../podcast/episode.ts";
import type { Show } from "../podcast/show.ts";
import type { Problem } from "../problems.ts";
import { artworkProblems } from "./apple-art-rules.ts";
import { filesOf } from "./catalog.ts";
import sharp from "sharp";

/** The cover's size and type as the feed's `podcast:image` gives them, read from the file. */
export async function coverFacts(show: Show): Promise<{ width: number; height: number; type: string } | undefined> {
  const meta = await sharp(`public${show.cover}`)
    .metadata()
    .catch(() => undefined);
  if (!meta?.width || !meta.height || (meta.format !== "png" && meta.format !== "jpeg")) return undefined;
  return { width: meta.width, height: meta.height, type: `image/${meta.format}` };
}

/**
 * What is wrong with the art of a feed about to be published (Apple's size and format rules), each
 * naming the episode file or the show config. The XML's own rules are feed/lint.ts.
 */
export async function feedArtProblems(show: Show, items: Episode[]): Promise<Problem[]> {
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
  const problems = await Promise.all(
    art.map(async ({ file, field, path }) =>
      (await artworkProblems(path)).map((message): Problem => ({ file, field, message })),
    ),
  );
  return problems.flat();
}
