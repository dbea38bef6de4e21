import type { LoaderContext } from "astro/loaders";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import show from "../show.config.ts";
import type { FrontMatter } from "../editing/front-matter.ts";
import { plainMarkdown, policyDigest, sanitizeNotes } from "../editing/safe-html.ts";

/**
 * What the rendered HTML depends on besides the text: a stored entry's digest holds it, so that a
 * store kept from before a change of the policy is rendered again rather than read as new.
 */
export const RENDERING = `${policyDigest(show)}\0sanitized by loaders/markdown.ts`;

type Rendered = Awaited<ReturnType<LoaderContext["renderMarkdown"]>>;

/**
 * The one way the site renders Markdown that editors write: show notes, a guest's bio, the About
 * page. The content check has refused unsafe HTML in each already (editing/markdown-check.ts); the
 * sanitizer removes it all the same, with the same policy, in case the check missed something,
 * before the HTML reaches the store, the page and the feed. Plain Markdown renders to nothing but
 * Markdown's own vocabulary and needs no sanitizing.
 *
 * The front matter, parsed already, is handed on as blank lines: the text keeps its lines in the
 * file, and the renderer has no YAML to read again (a tenth of the time to load 1,000 files).
 * `text` is the body as it is rendered, where the caller marked parts of it (shortcodes), and
 * `kept` the comments of those marks that the sanitizer keeps.
 */
export async function renderSafely(
  context: LoaderContext,
  root: string,
  file: { file: string; front: FrontMatter },
  text = file.front.body,
  kept?: ReadonlySet<string>,
): Promise<Rendered> {
  const frontMatter = "\n".repeat(file.front.bodyLine - 1);
  const fileURL = pathToFileURL(join(root, file.file));
  const rendered = await context.renderMarkdown(frontMatter + text, { fileURL });
  if (!plainMarkdown(file.front.body)) rendered.html = sanitizeNotes(rendered.html, show, kept);
  return rendered;
}
