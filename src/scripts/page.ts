import { type Anchor, momentOf, resultUrl } from "../podcast/search.ts";

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
  guests?: string;
  excerpt: string;
  url: string;
}

/** One hit per episode: an episode page and its transcript may both match; a moment wins. */
export function toHits(results: ResultData[]): Hit[] {
  const hits = new Map<string, Hit & { moment?: number }>();
  for (const data of results) {
    const episode = data.meta.episode ?? data.url;
    const moment = momentOf(data.locations, data.anchors);
    const known = hits.get(episode);
    if (known) {
      if (known.moment === undefined && moment !== undefined)
        Object.assign(known, { moment, url: resultUrl(episode, moment), excerpt: data.excerpt });
      continue;
    }
    hits.set(episode, {
      title: data.meta.title ?? "",
      label: data.meta.label,
      guests: data.meta.guests || undefined,
      excerpt: data.excerpt,
      moment,
      url: resultUrl(episode, moment),
    });
  }
  return [...hits.values()];
}

/** Pagefind's excerpt is escaped text with `<mark>` around the matches: only those tags are kept. */
const marksOnly = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, "");

function render(hit: Hit): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  if (hit.label)
    meta.append(Object.assign(document.createElement("span"), { className: "label", textContent: hit.label }));
  if (hit.guests) meta.append(Object.assign(document.createElement("span"), { textContent: hit.guests }));
  const excerpt = document.createElement("p");
  excerpt.className = "summary";
  excerpt.innerHTML = marksOnly(hit.excerpt);
  item.append(heading, meta, excerpt);
  return item;
}

/** The search page: Pagefind and its index load at the first search, not before. */
export function startSearch(bundle: string): void {
  const form = document.querySelector<HTMLFormElement>("form[data-search]")!;
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const status = document.querySelector<HTMLElement>("[data-search-status]")!;
  const list = document.querySelector<HTMLOListElement>("[data-search-results]")!;
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
      return;
    }
    status.textContent = "Searching…";
    const search = await (await load()).debouncedSearch(term, {}, 150);
    if (!search) return; // a newer search replaced this one
    const hits = toHits(await Promise.all(search.results.slice(0, 20).map((r) => r.data())));
    list.replaceChildren(...hits.map(render));
    status.textContent = hits.length
      ? `${hits.length} ${hits.length === 1 ? "episode" : "episodes"} found for “${term}”.`
      : `No episode found for “${term}”.`;
  }

  form.hidden = false;
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
