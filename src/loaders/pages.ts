import type { Loader } from "astro/loaders";
import { z } from "astro/zod";
import { fileURLToPath } from "node:url";
import show from "../show.config.ts";
import { checkContext } from "../data/episode-files.ts";
import { checkAbout } from "../data/project-check.ts";
import { ABOUT_PAGE, pageSchema } from "../editing/page-check.ts";
import { formatProblem } from "../problems.ts";
import { brokenEpisodeSchema } from "./episodes.ts";
import { renderSafely, RENDERING } from "./markdown.ts";
import { resyncOnSave } from "./watch.ts";

/**
 * The site's own pages written in Markdown: the About page, `src/content/about.md`, checked by the
 * code of `npm run check:content` and rendered as show notes are (loaders/markdown.ts). It reports
 * nothing itself: the episodes loader checks it with the rest, so that the build stops on one list
 * of every problem. In the dev server a page with problems is kept as its problems, which its page
 * shows.
 */
export function pagesLoader(): Loader {
  return {
    name: "pages",
    schema: z.union([pageSchema, brokenEpisodeSchema]),
    async load(context) {
      const { store, generateDigest } = context;
      const root = fileURLToPath(context.config.root);
      const env = checkContext(root, show);
      const sync = async () => {
        const page = checkAbout(root, env);
        const id = "about";
        const filePath = page.file;
        if (page.problems.length) {
          const { problems } = page;
          store.set({
            id,
            data: { problems },
            filePath,
            digest: generateDigest(problems.map(formatProblem).join("\n")),
          });
          return;
        }
        const digest = generateDigest(`${RENDERING}\0${page.source}`);
        if (store.get(id)?.digest === digest) return;
        const rendered = await renderSafely(context, root, page);
        store.set({ id, data: page.data!, body: page.front.body, filePath, digest, rendered });
      };
      await sync();
      resyncOnSave(context, root, [ABOUT_PAGE], (file) => file === ABOUT_PAGE, sync);
    },
  };
}
