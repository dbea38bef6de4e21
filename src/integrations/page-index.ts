import { routes, withoutBase } from "../routes.ts";

/** Hands one built page's HTML to the search index, by the path of its file in the output. */
export type IndexPage = (file: string, html: string) => void;

// The pages render from the build's own bundle and the integration runs from Node, each with its
// own copy of this module: a key on globalThis is what both see.
const KEY = Symbol.for("podcast-site.index-page");
const slot = globalThis as { [KEY]?: IndexPage };

/** What the search index takes pages with, while a build is indexing; none in dev. */
export const pageIndexer = (): IndexPage | undefined => slot[KEY];

export function setPageIndexer(index: IndexPage | undefined): void {
  slot[KEY] = index;
}

/**
 * The output file of a served page the search reads (`episodes/x/index.html`), else none. Episode
 * pages and transcripts all live under /episodes/; of those, only the pages marked
 * `data-pagefind-body` are indexed (src/podcast/search.ts).
 */
export function searchedFile(path: string): string | undefined {
  const page = withoutBase(path);
  if (!page.startsWith(withoutBase(routes.episodes()))) return undefined;
  if (!page.endsWith("/")) return /\.html$/.test(page) ? page.slice(1) : undefined;
  return `${page.slice(1)}index.html`;
}

/**
 * The part of a page the search reads, as a document of its own: the element marked
 * `data-pagefind-body` (which holds every other Pagefind attribute the site writes) in a page of the
 * same language. The whole page is five times as long, mostly inline styles, and Pagefind's pipe
 * costs the build's main thread by the byte. A page without a marked element is handed on whole.
 */
export function searchedDocument(html: string): string {
  const marked = html.indexOf("data-pagefind-body");
  const start = html.lastIndexOf("<", marked);
  const name = /^<([a-z][a-z0-9]*)[\s>]/i.exec(html.slice(start, start + 20))?.[1];
  if (marked < 0 || !name) return html;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const lang = /<html\b[^>]*?\slang="([^"]*)"/i.exec(html)?.[1] ?? "";
      return `<!doctype html><html lang="${lang}"><body>${html.slice(start, tags.lastIndex)}</body></html>`;
    }
  }
  return html;
}
