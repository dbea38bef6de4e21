import { defineMiddleware } from "astro:middleware";
import { searchDocuments } from "./data/search-documents.ts";
import { takeSearchIndexer } from "./integrations/search-intake.ts";

/**
 * In a build, the first page to render hands the search index every document it is to hold, made
 * from the episodes rather than from their pages, so that Pagefind (a process of its own) indexes
 * them and writes the index on the other core while the pages render. Elsewhere it does nothing.
 */
export const onRequest = defineMiddleware((_, next) => {
  takeSearchIndexer()?.(searchDocuments());
  return next();
});
