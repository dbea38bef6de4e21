import { cardInput } from "../podcast/card.ts";
import { chaptersText } from "../podcast/chapters.ts";
import type { SearchDocument } from "../podcast/search-document.ts";
import { inFeed } from "../feed/render.ts";
import { routes, withoutBase } from "../routes.ts";
import type { CardRequest } from "./cards.ts";
import { getCatalog } from "./catalog.ts";
import { searchDocuments } from "./search-documents.ts";

/** Everything the build writes beside its pages that needs every episode, made from the model. */
export interface BuildFiles {
  /** Each feed item's chapters file, by the path it is served at (without the base), with its text. */
  chapters: { path: string; text: string }[];
  /** Each published episode's social card. */
  cards: CardRequest[];
  /** What the search index holds. */
  documents: SearchDocument[];
  /** The episode file of each feed item, by guid, that the feed's check names. */
  feedFiles: [guid: string, file: string][];
  /** Each published episode's old URLs (site paths) with the page each leads to: `_redirects`. */
  aliases: { path: string; to: string }[];
}

/**
 * The files of the build that are no pages, from the catalog in one place. The build runs this
 * module as the pages begin, from its own bundle, so that it reads the same collection through the
 * same code as the pages (integrations/after-pages.ts).
 */
export async function buildFiles(): Promise<BuildFiles> {
  const catalog = await getCatalog();
  const { published } = catalog;
  const items = published.filter(inFeed);
  return {
    chapters: items
      .filter((episode) => episode.chapters.length)
      .map((episode) => ({ path: withoutBase(routes.chapters(episode.slug)), text: chaptersText(episode) })),
    cards: published.map((episode) => ({
      path: withoutBase(routes.card(episode.slug)),
      file: episode.file,
      input: cardInput(episode),
    })),
    documents: await searchDocuments(),
    feedFiles: items.map((episode) => [episode.guid, episode.file]),
    aliases: catalog.aliases.map(({ path, episode }) => ({ path, to: episode.url })),
  };
}
