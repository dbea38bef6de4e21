import show from "../show.config.ts";
import { episodeDocument, type SearchDocument, transcriptDocument } from "../podcast/search-document.ts";
import { getCatalog, transcriptOf } from "./catalog.ts";
import { notesHtml } from "./notes.ts";

/**
 * Everything search indexes: a document for each published episode, and one for its transcript
 * where it has a local one (podcast/search-document.ts), with the show notes the feed carries too.
 */
export async function searchDocuments(): Promise<SearchDocument[]> {
  const { published } = await getCatalog();
  const documents = await Promise.all(
    published.map(async (episode) => {
      const [notes, transcript] = await Promise.all([notesHtml(episode), transcriptOf(episode)]);
      const page = episodeDocument(episode, notes, show.language);
      return transcript ? [page, transcriptDocument(episode, transcript, show.language)] : [page];
    }),
  );
  return documents.flat();
}
