import { defineMiddleware } from "astro:middleware";
import { pageIndexer, searchedDocument, searchedFile } from "./integrations/page-index.ts";

/**
 * In a build, hands each episode page to the search index as soon as it is rendered, so that
 * Pagefind (a process of its own) indexes it on the other core while the next pages render,
 * instead of reading them all back once the build is done. Elsewhere it does nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const index = pageIndexer();
  const file = index && searchedFile(context.url.pathname);
  if (!file || !response.headers.get("content-type")?.startsWith("text/html")) return response;
  // Read as bytes and handed on as they are: the build writes bytes, so only the index needs text.
  const bytes = await response.arrayBuffer();
  index(file, searchedDocument(new TextDecoder().decode(bytes)));
  return new Response(bytes, response);
});
