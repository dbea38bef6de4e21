import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import show from "../show.config.ts";
import { type CheckCache, type CheckedFile, checkFiles } from "../editing/content-check.ts";
import { formatProblem, formatProblems, type Problem, problemError } from "../problems.ts";
import {
  checkContext,
  EPISODES_DIR,
  isEpisodePath,
  publicLinkProblems,
  readEpisodeFolder,
} from "../data/episode-files.ts";
import { GUESTS_DIR, isGuestPath, readGuestFolder } from "../data/guests.ts";
import { withGuests } from "../editing/guest-check.ts";
import { episodeSchema } from "../podcast/schema.ts";
import { inFolder, resyncOnSave } from "./watch.ts";
import { markShortcodes } from "../editing/shortcodes.ts";
import { removeHostEmbeds } from "../editing/host-embeds.ts";
import { plainMarkdown, policyDigest, sanitizeNotes, shortcodeMarks } from "../editing/safe-html.ts";
import { linkTimestamps } from "../podcast/timestamp.ts";

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
const POLICY = policyDigest(show);
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
  const digest = generateDigest(`${STORE_VERSION}\0${POLICY}\0${file.source}`);
  const existing = store.get(id);
  // Unchanged since the last run (the store outlives the process): nothing to render again.
  if (existing?.digest === digest && existing.filePath === filePath) return id;
  const absolute = join(root, filePath);
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
  // The content check has refused unsafe HTML already; the sanitizer removes it all the same, in
  // case the check missed something, before the HTML reaches the store, the page and the feed.
  // Plain Markdown renders to nothing but Markdown's own vocabulary and needs no sanitizing.
  // The front matter, parsed already, is handed on as blank lines: the notes keep their lines in
  // the file, and the renderer has no YAML to read again (a tenth of the time to load 1,000 files).
  const frontMatter = "\n".repeat(file.front.bodyLine - 1);
  const marked = markShortcodes(body);
  const rendered = await context.renderMarkdown(frontMatter + marked, { fileURL: pathToFileURL(absolute) });
  if (!plainMarkdown(body)) rendered.html = sanitizeNotes(rendered.html, show, shortcodeMarks(marked, body));
  // `12:34 Topic` at the start of a line or list item seeks the player, as YouTube and Spotify read it.
  rendered.html = linkTimestamps(rendered.html);
  store.set({ id, data, body: body.trim(), filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
  return id;
}

/**
 * The episodes collection: every `.md` and `.mdx` file of `src/content/episodes/`, page bundles
 * included, checked by the same code as `npm run check:content`, with the guest profiles they name.
 * A bad file stops the build with `file:line — field — expected …, found …`; in the dev server an
 * episode shows its problems on its own page instead, and a profile's are logged.
 */
export function episodesLoader(): Loader {
  return {
    name: "episodes",
    schema: z.union([episodeSchema, brokenEpisodeSchema]),
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const env = checkContext(root, show);
      let reported = 0;
      const cache: CheckCache = new Map();

      const hint = "Fix these files and build again. `npm run check:content` lists the same problems.";
      const sync = async () => {
        const { sources, ignored } = readEpisodeFolder(root);
        const result = withGuests(await checkFiles(sources, env, cache, ignored), readGuestFolder(root));
        result.problems.unshift(...publicLinkProblems(root));
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

      // A guest profile is checked here too, and adding or removing one changes which guest `id`s
      // of the episodes are known.
      const matters = (file: string) =>
        inFolder(file, EPISODES_DIR, isEpisodePath) ||
        inFolder(file, SHORTCODES_DIR, () => true) ||
        inFolder(file, GUESTS_DIR, isGuestPath);
      resyncOnSave(context, root, [EPISODES_DIR, SHORTCODES_DIR, GUESTS_DIR], matters, sync);
    },
  };
}
