import show from "../show.config.ts";
import type { Episode } from "../podcast/episode.ts";
import { formatDate, isoDate } from "../podcast/dates.ts";
import { formatLength, isoDuration } from "../podcast/duration.ts";
import { playData } from "../podcast/play-data.ts";
import { type CardMeta, episodeDocument, type SearchDocument, transcriptDocument } from "../podcast/search-document.ts";
import { artSources, CARD_ART_SIZE } from "../components/art-sources.ts";
import { episodeArt } from "./art-images.ts";
import { getCatalog, transcriptOf } from "./catalog.ts";
import { notesHtml } from "./notes.ts";

/**
 * What a hit shows as the episode's card does: its art at the cards' size, date, length, play button.
 * The art's images are those the episode's card on the list pages asks for: the same files, whichever asks first.
 */
async function cardMeta(episode: Episode): Promise<CardMeta> {
  const { src, srcset } = await artSources(await episodeArt(episode), CARD_ART_SIZE);
  const duration = episode.audio?.duration;
  return {
    art: src,
    artset: srcset,
    date: formatDate(episode.date, show.language, show.timeZone),
    datetime: isoDate(episode.date, show.timeZone),
    length: duration === undefined ? undefined : formatLength(duration, show.locale),
    duration: duration === undefined ? undefined : isoDuration(duration),
    play: episode.audio ? playData(episode, show) : undefined,
  };
}

/**
 * Everything search indexes: a document for each published episode, and one for its transcript
 * where it has a local one (podcast/search-document.ts), with the show notes the feed carries too.
 */
export async function searchDocuments(): Promise<SearchDocument[]> {
  const { published } = await getCatalog();
  const documents = await Promise.all(
    published.map(async (episode) => {
      const [notes, transcript, card] = await Promise.all([
        notesHtml(episode),
        transcriptOf(episode),
        cardMeta(episode),
      ]);
      const page = episodeDocument(episode, notes, show.language, card);
      return transcript ? [page, transcriptDocument(episode, transcript, show.language, card)] : [page];
    }),
  );
  return documents.flat();
}
