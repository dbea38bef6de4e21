import type { SearchDocument } from "../podcast/search-document.ts";

/** Hands the search index every document it is to hold, once, as they become known. */
export type IndexDocuments = (documents: Promise<SearchDocument[]>) => void;

// The pages render from the build's own bundle and the integration runs from Node, each with its
// own copy of this module: a key on globalThis is what both see.
const KEY = Symbol.for("podcast-site.index-documents");
const slot = globalThis as { [KEY]?: IndexDocuments };

/** Set by the search index for the length of a build; none in dev. */
export function setSearchIndexer(index: IndexDocuments | undefined): void {
  slot[KEY] = index;
}

/** The search index's intake, to the first caller only: a build hands its documents over once. */
export function takeSearchIndexer(): IndexDocuments | undefined {
  const index = slot[KEY];
  slot[KEY] = undefined;
  return index;
}
