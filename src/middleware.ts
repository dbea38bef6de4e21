import { defineMiddleware } from "astro:middleware";
import { sitePolicySources } from "./data/policy-sources.ts";

/**
 * The hosts beyond the site that the content loads from, for each page's Content Security Policy:
 * the layout adds them as it renders, so that the page is written with the site's one policy and the
 * pass after the pages (integrations/page-policies.ts) has no page to write again.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.policySources = await sitePolicySources();
  return next();
});
