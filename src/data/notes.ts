import { experimental_AstroContainer as AstroContainer } from "astro/container";
import ShowNotes from "../components/ShowNotes.astro";
import type { Episode } from "../lib/episodes";
import { prerenderedHtml } from "./catalog";

let container: Promise<AstroContainer> | undefined;

/**
 * The show notes as HTML for the feed, the same as the episode page shows: plain Markdown is
 * pre-rendered; MDX, images and shortcodes render through the page's own component.
 */
export async function notesHtml(episode: Episode): Promise<string> {
  const html = await prerenderedHtml(episode);
  if (html !== undefined) return html;
  container ??= AstroContainer.create();
  return (await container).renderToString(ShowNotes, { props: { episode } });
}
