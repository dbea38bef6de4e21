import { render } from "astro:content";
import { loadRenderers } from "astro:container";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { getContainerRenderer as mdxRenderer } from "@astrojs/mdx/container-renderer";
import show from "../show.config.ts";
import { sanitizeNotes } from "../editing/safe-html.ts";
import ShowNotes from "../components/ShowNotes.astro";
import { hasShortcodes } from "../editing/shortcodes.ts";
import type { Episode } from "../podcast/episode.ts";
import { type Entry, loaded } from "./catalog.ts";

async function entryOf(episode: Episode): Promise<Entry> {
  const entry = (await loaded()).entries.get(episode.id);
  if (!entry) throw new Error(`No collection entry for episode ${episode.id}`);
  return entry;
}

/** Renders an episode's show notes. */
export async function renderEpisode(episode: Episode) {
  const entry = await entryOf(episode);
  return { ...(await render(entry)), hasShortcodes: hasShortcodes(entry.rendered?.html) };
}

let container: Promise<AstroContainer> | undefined;

const made = new WeakMap<Episode, Promise<string>>();

/**
 * The show notes as HTML for the feed, the same as the episode page shows, made once for each
 * episode of a build: the feed, search and the site's policy (data/policy-sources.ts) each ask.
 * Plain Markdown comes as the collection already rendered (and sanitized) it while loading, when
 * nothing in it (images, shortcodes) still needs resolving: that saves a component render per item,
 * seconds with thousands of episodes. MDX, images and shortcodes render through the page's own
 * component, in a container that has the MDX renderer (without it an `.mdx` episode fails with
 * `NoMatchingRenderer`), and the result passes the same HTML policy as the page's Markdown.
 */
export function notesHtml(episode: Episode): Promise<string> {
  let html = made.get(episode);
  if (!html) made.set(episode, (html = renderNotes(episode)));
  return html;
}

async function renderNotes(episode: Episode): Promise<string> {
  const rendered = (await entryOf(episode)).rendered;
  if (rendered && !rendered.metadata?.imagePaths?.length && !hasShortcodes(rendered.html)) return rendered.html;
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const props = { episode, notes: await renderEpisode(episode) };
  return sanitizeNotes(await (await container).renderToString(ShowNotes, { props }), show);
}
