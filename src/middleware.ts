import { defineMiddleware } from "astro:middleware";
import { sitePolicySources } from "./data/policy-sources.ts";

/**
 * The hosts beyond the site that the pages load from, for every page's Content Security Policy:
 * the layout adds them as it renders, so that each page is written with the site's one policy. The
 * dev server writes no policy, and skips them.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!import.meta.env.DEV) context.locals.policySources = await sitePolicySources();
  return next();
});
