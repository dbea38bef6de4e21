import { routes } from "../routes.ts";
import type { Episode } from "./episode.ts";
import { cueIds } from "./search.ts";
import { escapeMarkup } from "./text.ts";
import type { Transcript } from "./transcript.ts";

/**
 * What the search index reads of an episode: a document of its own, made from the model rather
 * than read back from the built page, so that the index can be written while the pages still
 * render. Only published episodes get one (data/search-documents.ts), so drafts and list pages
 * never show up. Every result opens the episode (its `episode` metadata); a hit in a transcript opens
 * it at that moment.
 */
export interface SearchDocument {
  url: string;
  html: string;
}

/** Metadata on every document: results show the episode's title, number label and guests, and open it. */
export function searchAttributes(episode: Episode): Record<string, string> {
  return {
    "data-pagefind-body": "",
    "data-pagefind-meta": "title[data-title], label[data-label], guests[data-guests], episode[data-episode]",
    "data-title": episode.title,
    "data-label": episode.label,
    "data-guests": episode.guests.map((g) => g.name).join(", "),
    "data-episode": episode.url,
  };
}

function searchDocument(url: string, episode: Episode, language: string, body: string): SearchDocument {
  const attributes = Object.entries(searchAttributes(episode))
    .map(([name, value]) => `${name}="${escapeMarkup(value)}"`)
    .join(" ");
  return {
    url,
    html: `<!doctype html><html lang="${escapeMarkup(language)}"><body><article ${attributes}>${body}</article></body></html>`,
  };
}

/**
 * An episode's text as its page shows it: title, label, guests and roles, summary, the show notes
 * (HTML the collection has already rendered and sanitized), tags and chapter titles.
 */
export function episodeDocument(episode: Episode, notes: string, language: string): SearchDocument {
  const list = (items: string[]) =>
    items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>` : "";
  const guests = episode.guests.map((g) => escapeMarkup(g.role ? `${g.name}, ${g.role}` : g.name));
  const body = [
    `<p>${escapeMarkup(episode.label)}</p>`,
    `<h1>${escapeMarkup(episode.title)}</h1>`,
    list(guests),
    episode.ownSummary ? `<p>${escapeMarkup(episode.summary)}</p>` : "",
    notes,
    list(episode.tags.map(escapeMarkup)),
    list(episode.chapters.map((c) => escapeMarkup(c.title))),
  ].join("");
  return searchDocument(episode.url, episode, language, body);
}

/**
 * A transcript's cues, each speaker named as the voice changes. The first cue of each second carries
 * the anchor that search maps a hit back to (`momentOf`), as on the transcript page.
 */
export function transcriptDocument(episode: Episode, transcript: Transcript, language: string): SearchDocument {
  const ids = cueIds(transcript.cues.map((cue) => cue.start));
  const cues = transcript.cues.map((cue, i) => {
    const anchor = ids[i] ? ` id="${ids[i]}"` : "";
    const speaker =
      cue.speaker && cue.speaker !== transcript.cues[i - 1]?.speaker ? `<b>${escapeMarkup(cue.speaker)}</b> ` : "";
    return `<p${anchor}>${speaker}${escapeMarkup(cue.text)}</p>`;
  });
  return searchDocument(routes.transcript(episode.slug), episode, language, cues.join(""));
}
