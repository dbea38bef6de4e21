import { HEADER_POLICY } from "../hosting/csp.ts";
import { writeHeaders } from "../hosting/headers.ts";
import { siteRedirects, writeRedirects } from "../hosting/redirects.ts";
import { headerRules, oldFeedPathProblems } from "../hosting/site.ts";
import { problemError } from "../problems.ts";
import { BASE, routes } from "../routes.ts";
import show from "../show.config.ts";
import { writeOutputs } from "./output.ts";

/** Stops the build on an old address of the feed that a page of the site answers at. */
export function checkOldFeedPaths(): void {
  const problems = oldFeedPathProblems(show.oldFeedPaths);
  if (problems.length) {
    throw problemError(problems, "Name only addresses the site no longer serves.", { where: "src/show.config.ts" });
  }
}

/**
 * `dist/_headers` and `dist/_redirects`, which Netlify and Cloudflare Pages read (and
 * `npm run preview` applies): caching, types and CORS by path, the security headers, and a 301 from
 * every episode's old URL and every old address of the feed.
 */
export async function writeHostFiles(dir: URL, aliases: readonly { path: string; to: string }[]): Promise<string[]> {
  const redirects = siteRedirects({
    base: BASE,
    aliases: aliases.map(({ path, to }) => ({ path, episode: { url: to } })),
    oldFeedPaths: show.oldFeedPaths,
    feed: routes.feed(),
  });
  const rules = headerRules({ base: BASE, policy: HEADER_POLICY });
  // Netlify serves a file lying at a redirect's path (an alias page) unless the redirect is
  // forced, which Cloudflare Pages refuses; Netlify's builds say where they run.
  const force = process.env.NETLIFY === "true";
  await writeOutputs(dir, [
    { path: "/_headers", text: writeHeaders(rules) },
    { path: "/_redirects", text: writeRedirects(redirects, { force }) },
  ]);
  return [`_headers: ${rules.length} rules; _redirects: ${redirects.length} redirects with a 301`];
}
