import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import { fileURLToPath } from "node:url";
import show from "../show.config.ts";
import type { CheckCache, CheckedFile } from "../editing/content-check.ts";
import { formatProblem, formatProblems, type Problem, problemError } from "../problems.ts";
import { EPISODES_DIR, isEpisodePath } from "../data/episode-files.ts";
import { GUESTS_DIR, isGuestPath } from "../data/guests.ts";
import { projectCheck } from "../data/project-check.ts";
import { ABOUT_PAGE } from "../editing/page-check.ts";
import { episodeSchema } from "../podcast/schema.ts";
import { inFolder, resyncOnSave } from "./watch.ts";
import { markShortcodes } from "../editing/shortcodes.ts";
import { removeHostEmbeds } from "../editing/host-embeds.ts";
import { shortcodeMarks } from "../editing/safe-html.ts";
import { renderSafely, RENDERING } from "./markdown.ts";
import { linkTimestamps } from "../podcast/timestamp.ts";
import { momentQuery } from "../routes.ts";

/**
 * A file with problems, as the dev server keeps it: its page shows the problems, and the other
 * episodes stay browsable. The build stops before any is stored.
 */
export const brokenEpisodeSchema = z.object({
  problems: z
    .array(z.object({ file: z.string(), line: z.number().optional(), field: z.string(), message: z.string() }))
    .min(1),
});

const SHORTCODES_DIR = "src/shortcodes";
// What the loader stores for a file: bump it when that changes (the schema's output, how notes
// render), so that a store kept from an older version is filled again rather than read as new.
const STORE_VERSION = "5: dates as written, timestamps in text as seek links, notes rendered without front matter";

async function store(context: LoaderContext, root: string, file: CheckedFile): Promise<string> {
  const { store, generateDigest } = context;
  const id = file.slug;
  const filePath = file.file;
  if (file.problems.length) {
    const { problems } = file;
    store.set({ id, data: { problems }, filePath, digest: generateDigest(problems.map(formatProblem).join("\n")) });
    return id;
  }
  // The digest names the store's version and the HTML policy, so that a store kept from before a
  // change of either is filled again.
  const digest = generateDigest(`${STORE_VERSION}\0${RENDERING}\0${file.source}`);
  const existing = store.get(id);
  // Unchanged since the last run (the store outlives the process): nothing to render again.
  if (existing?.digest === digest && existing.filePath === filePath) return id;
  // A file without problems has the data the content check validated with the collection's own
  // schema: it is stored as it came out, not parsed a second time.
  const data = file.data!;
  // A host's player never reaches a page: the episode plays its own audio (see host-embeds.ts).
  const body = removeHostEmbeds(file.front.body);
  if (filePath.endsWith(".mdx")) {
    store.set({ id, data, body: body.trim(), filePath, digest, deferredRender: true });
    return id;
  }
  // Markdown is rendered here, with Zola shortcodes marked for the page to render as components.
  const marked = markShortcodes(body);
  const rendered = await renderSafely(context, root, file, marked, shortcodeMarks(marked, body));
  // `12:34 Topic` at the start of a line or list item seeks the player, as YouTube and Spotify read it.
  rendered.html = linkTimestamps(rendered.html, momentQuery);
  store.set({ id, data, body: body.trim(), filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
  return id;
}

/**
 * The episodes collection: every `.md` and `.mdx` file of `src/content/episodes/`, page bundles
 * included, checked by the same code as `npm run check:content` (data/project-check.ts), with the
 * guest profiles they name, the About page and the files of the project they use. A bad file
 * stops the build with `file:line — field — expected …, found …`; in the dev server an episode (or
 * the About page) shows its problems on its own page instead, and the others are logged.
 */
export function episodesLoader(): Loader {
  return {
    name: "episodes",
    schema: z.union([episodeSchema, brokenEpisodeSchema]),
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const check = projectCheck(root, show);
      let reported = 0;
      const cache: CheckCache = new Map();

      const hint = "Fix these files and build again. `npm run check:content` lists the same problems.";
      const sync = async () => {
        const result = await check(cache);
        if (!context.watcher && result.problems.length) throw problemError(result.problems, hint);
        for (const warning of result.warnings) context.logger.warn(formatProblem(warning));
        const kept = new Set<string>();
        for (const file of result.files) {
          try {
            kept.add(await store(context, root, file));
          } catch (error) {
            // Rendering is the one step the check cannot run: its failure still names the file.
            const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
            const problem: Problem = {
              file: file.file,
              line: file.front.bodyLine,
              field: "show notes",
              message: `expected show notes that render, found an error: ${reason}`,
            };
            if (!context.watcher) throw problemError([problem], hint);
            result.problems.push(problem);
            kept.add(await store(context, root, { ...file, problems: [problem] }));
          }
        }
        for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
        if (result.problems.length) context.logger.error(formatProblems(result.problems));
        else if (reported) context.logger.info("The episode files have no problems now.");
        reported = result.problems.length;
      };
      await sync();

      // A guest profile and the About page are checked here too, so that one list holds every
      // problem; adding or removing a profile changes which guest `id`s of the episodes are known.
      const matters = (file: string) =>
        inFolder(file, EPISODES_DIR, isEpisodePath) ||
        inFolder(file, SHORTCODES_DIR, () => true) ||
        inFolder(file, GUESTS_DIR, isGuestPath) ||
        file === ABOUT_PAGE;
      resyncOnSave(context, root, [EPISODES_DIR, SHORTCODES_DIR, GUESTS_DIR, ABOUT_PAGE], matters, sync);
    },
  };
}
