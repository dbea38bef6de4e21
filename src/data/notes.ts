import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { Episode } from "../lib/episodes";
import { prerenderedNotes, renderEpisode } from "./catalog";

let container: Promise<AstroContainer> | undefined;

/** The show notes as HTML for the feed: Markdown is pre-rendered, MDX is rendered here. */
export async function notesHtml(episode: Episode): Promise<string> {
  const prerendered = await prerenderedNotes(episode);
  if (prerendered !== undefined) return prerendered;
  const { Content } = await renderEpisode(episode);
  container ??= AstroContainer.create();
  return (await container).renderToString(Content);
}
