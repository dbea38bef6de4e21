import { routes } from "../routes.ts";
import type { Episode } from "./episode.ts";
import { cueIds, TEXT_ANCHOR } from "./search.ts";
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

/**
 * What a hit's card shows besides the title, label and guests, made by the data layer: the art
 * (`art`, `artset`), the date and length as the cards write them (`date`, `datetime`, `length`,
 * `duration`), and what its play button plays (`play`).
 */
export type CardMeta = Partial<Record<"art" | "artset" | "date" | "datetime" | "length" | "duration" | "play", string>>;

/**
 * Marks a document for the index. Its metadata is what a hit's card writes as text: the title, the
 * number label and the guests (a JSON list of names), which Pagefind searches as well. The rest of
 * the card (`card`: the episode's address and `CardMeta`, as JSON) travels as a filter, which
 * Pagefind keeps with the document but does not search: as metadata, its addresses, file types and
 * field names made a search for "https", "mp3" or "guid" find every episode. The search page never
 * filters, so it never loads the filters' own index. For the same reason `image` is set, empty:
 * else Pagefind takes the first image of the show notes as the document's, and searches its address.
 */
export function searchAttributes(episode: Episode, card: CardMeta = {}): Record<string, string> {
  const meta = {
    title: episode.title,
    label: episode.label,
    guests: JSON.stringify(episode.guests.map((g) => g.name)),
    image: "",
  };
  const shown = { episode: episode.url, ...Object.fromEntries(Object.entries(card).filter(([, value]) => value)) };
  return {
    "data-pagefind-body": "",
    "data-pagefind-meta": Object.keys(meta)
      .map((key) => `${key}[data-${key}]`)
      .join(", "),
    "data-pagefind-filter": "card[data-card]",
    ...Object.fromEntries(Object.entries(meta).map(([key, value]) => [`data-${key}`, value])),
    "data-card": JSON.stringify(shown),
  };
}

function searchDocument(
  url: string,
  episode: Episode,
  language: string,
  body: string,
  card: CardMeta = {},
): SearchDocument {
  const attributes = Object.entries(searchAttributes(episode, card))
    .map(([name, value]) => `${name}="${escapeMarkup(value)}"`)
    .join(" ");
  return {
    url,
    html: `<!doctype html><html lang="${escapeMarkup(language)}"><body><article ${attributes}>${body}</article></body></html>`,
  };
}

/**
 * An episode's text as its page shows it: title, label, guests and roles, then from the anchor
 * `TEXT_ANCHOR` on (where a hit's excerpt may start) the summary, the show notes (HTML the
 * collection has already rendered and sanitized), tags and chapter titles.
 */
export function episodeDocument(
  episode: Episode,
  notes: string,
  language: string,
  card: CardMeta = {},
): SearchDocument {
  const list = (items: string[]) =>
    items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>` : "";
  const guests = episode.guests.map((g) => escapeMarkup(g.role ? `${g.name}, ${g.role}` : g.name));
  const body = [
    `<p>${escapeMarkup(episode.label)}</p>`,
    `<h1>${escapeMarkup(episode.title)}</h1>`,
    list(guests),
    `<div id="${TEXT_ANCHOR}">`,
    episode.ownSummary ? `<p>${escapeMarkup(episode.summary)}</p>` : "",
    notes,
    list(episode.tags.map(escapeMarkup)),
    list(episode.chapters.map((c) => escapeMarkup(c.title))),
    "</div>",
  ].join("");
  return searchDocument(episode.url, episode, language, body, card);
}

/**
 * A transcript's cues, each speaker named as the voice changes. The first cue of each second carries
 * the anchor that search maps a hit back to (`momentOf`), as on the transcript page.
 */
export function transcriptDocument(
  episode: Episode,
  transcript: Transcript,
  language: string,
  card: CardMeta = {},
): SearchDocument {
  const ids = cueIds(transcript.cues.map((cue) => cue.start));
  const cues = transcript.cues.map((cue, i) => {
    const anchor = ids[i] ? ` id="${ids[i]}"` : "";
    const speaker =
      cue.speaker && cue.speaker !== transcript.cues[i - 1]?.speaker ? `<b>${escapeMarkup(cue.speaker)}</b> ` : "";
    return `<p${anchor}>${speaker}${escapeMarkup(cue.text)}</p>`;
  });
  return searchDocument(routes.transcript(episode.slug), episode, language, cues.join(""), card);
}
