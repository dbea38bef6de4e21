import { plural } from "../i18n/format.ts";
import { language, strings, text } from "./strings.ts";
import { type Anchor, excerptOf, type ExcerptPart, momentOf, resultUrl, TEXT_ANCHOR } from "../podcast/search.ts";

interface ResultData {
  url: string;
  /** The page's text, `<` and `>` escaped, as its locations count words. */
  raw_content: string;
  meta: Record<string, string | undefined>;
  /** The document's filters: `card`, the one the search page reads (podcast/search-document.ts). */
  filters?: Record<string, string[] | undefined>;
  locations: number[];
  anchors: Anchor[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

export interface Hit {
  title: string;
  label?: string;
  guests: string[];
  excerpt: ExcerptPart[];
  url: string;
  /** What the episode's card shows besides (podcast/search-document.ts, `CardMeta`). */
  card: Record<string, string | undefined>;
}

/** The excerpt of a result, from where the episode's own text starts (`TEXT_ANCHOR`). */
function excerpt(data: ResultData): ExcerptPart[] {
  const from = data.anchors.find((a) => a.id === TEXT_ANCHOR)?.location ?? 0;
  // Pagefind escapes `<` and `>` only: the parts are set as text, so its entities are undone here.
  const text = data.raw_content.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  return excerptOf(text, data.locations, from);
}

/** JSON the index keeps for a document, read; nothing where it is not JSON. */
const parsed = (json: string | undefined): unknown => {
  try {
    return JSON.parse(json ?? "null");
  } catch {
    return undefined;
  }
};

const names = (json: string | undefined): string[] => {
  const list = parsed(json);
  return Array.isArray(list) ? list.filter((name) => typeof name === "string") : [];
};

/** A hit's card as the index keeps it (podcast/search-document.ts `searchAttributes`): only its texts. */
function cardOf(data: ResultData): Record<string, string | undefined> {
  const card = parsed(data.filters?.card?.[0]);
  if (!card || typeof card !== "object") return {};
  return Object.fromEntries(Object.entries(card).filter(([, value]) => typeof value === "string"));
}

/** One hit per episode: an episode page and its transcript may both match; a moment wins. */
export function toHits(results: ResultData[]): Hit[] {
  const hits = new Map<string, Hit & { moment?: number }>();
  for (const data of results) {
    const { episode = data.url, ...card } = cardOf(data);
    const moment = momentOf(data.locations, data.anchors);
    const known = hits.get(episode);
    if (known) {
      if (known.moment === undefined && moment !== undefined)
        Object.assign(known, { moment, url: resultUrl(episode, moment), excerpt: excerpt(data) });
      continue;
    }
    const { title = "", label, guests } = data.meta;
    hits.set(episode, {
      title,
      label,
      guests: names(guests),
      excerpt: excerpt(data),
      moment,
      url: resultUrl(episode, moment),
      card,
    });
  }
  return [...hits.values()];
}

/**
 * A hit as the site's episode card: the page's template (the latest episode's card, every part
 * present) filled with the hit, every text set as text; a part the hit lacks is removed.
 */
function render(template: HTMLTemplateElement, hit: Hit): Element {
  const item = template.content.firstElementChild!.cloneNode(true) as Element;
  const find = <T extends Element = HTMLElement>(selector: string) => item.querySelector<T>(selector);
  const link = find<HTMLAnchorElement>(".card-link")!;
  link.href = hit.url;
  link.textContent = hit.title;
  find(".label")!.textContent = hit.label ?? "";
  const [date, length] = item.querySelectorAll("time");
  for (const [time, text, datetime] of [
    [date, hit.card.date, hit.card.datetime],
    [length, hit.card.length, hit.card.duration],
  ] as const) {
    if (text && datetime) Object.assign(time, { textContent: text, dateTime: datetime });
    else time.remove();
  }
  const img = find<HTMLImageElement>("img");
  if (img && hit.card.art) Object.assign(img, { src: hit.card.art, srcset: hit.card.artset ?? "" });
  const guests = find(".guests");
  const guest = guests?.firstElementChild;
  if (guests && guest) {
    guests.replaceChildren(
      ...hit.guests.map((name) => {
        const li = guest.cloneNode(true) as Element;
        const span = li.querySelector(".guest-name")!;
        span.textContent = name;
        li.firstElementChild!.replaceChildren(span);
        return li;
      }),
    );
    if (!hit.guests.length) guests.remove();
  }
  find(".summary")!.replaceChildren(
    ...hit.excerpt.map((part) =>
      part.mark ? Object.assign(document.createElement("mark"), { textContent: part.text }) : part.text,
    ),
  );
  const play = find("[data-play]");
  if (play && hit.card.play) {
    play.dataset.play = hit.card.play;
    play.ariaLabel = text("playTitle", { title: hit.title });
  } else play?.remove();
  return item;
}

/** How many episodes a search found, in the form the show's language uses for the count (the player needs no counts). */
function found(hits: number, term: string): string {
  const forms = strings().searchFound;
  return forms && typeof forms.other === "string" ? plural(forms, hits, language(), { term }) : String(hits);
}

/** The search page: Pagefind and its index load at the first search, not before. */
export function startSearch(bundle: string): void {
  const form = document.querySelector<HTMLFormElement>("form[data-search]")!;
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const status = document.querySelector<HTMLElement>("[data-search-status]")!;
  const list = document.querySelector<HTMLOListElement>("[data-search-results]")!;
  const template = document.querySelector<HTMLTemplateElement>("template[data-hit]");
  const start = document.querySelector<HTMLElement>("[data-search-start]");
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ bundle).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      return module;
    }));

  async function run(term: string) {
    history.replaceState(null, "", term ? `?q=${encodeURIComponent(term)}` : location.pathname);
    if (!term.trim()) {
      list.replaceChildren();
      status.textContent = "";
      if (start) start.hidden = false;
      return;
    }
    status.textContent = text("searching");
    const search = await (await load()).debouncedSearch(term, {}, 150);
    if (!search) return; // a newer search replaced this one
    const hits = toHits(await Promise.all(search.results.slice(0, 20).map((r) => r.data())));
    list.replaceChildren(...(template ? hits.map((hit) => render(template, hit)) : []));
    if (start) start.hidden = hits.length > 0;
    status.textContent = hits.length ? found(hits.length, term) : text("searchNone", { term });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener("input", () => void run(input.value));
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
