import { render } from "astro:content";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
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

/**
 * The show notes as HTML for the feed, the same as the episode page shows. Plain Markdown comes as
 * the collection already rendered it while loading, when nothing in it (images, shortcodes) still
 * needs resolving: that saves a component render per item, seconds with thousands of episodes.
 * MDX, images and shortcodes render through the page's own component.
 */
export async function notesHtml(episode: Episode): Promise<string> {
  const rendered = (await entryOf(episode)).rendered;
  if (rendered && !rendered.metadata?.imagePaths?.length && !hasShortcodes(rendered.html)) return rendered.html;
  container ??= AstroContainer.create();
  return (await container).renderToString(ShowNotes, { props: { episode } });
}
