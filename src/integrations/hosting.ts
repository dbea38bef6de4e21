import { readFileSync, writeFileSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HEADER_POLICY, pageSources, type PolicySources, policySpan, sitePolicy } from "../hosting/csp.ts";
import { writeHeaders } from "../hosting/headers.ts";
import { siteRedirects, writeRedirects } from "../hosting/redirects.ts";
import { headerRules, oldFeedPathProblems } from "../hosting/site.ts";
import { problemError } from "../problems.ts";
import { BASE, routes } from "../routes.ts";
import show from "../show.config.ts";
import { outputFile } from "./output.ts";

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
  await Promise.all([
    writeFile(outputFile(dir, "/_headers"), writeHeaders(rules)),
    writeFile(outputFile(dir, "/_redirects"), writeRedirects(redirects, { force })),
  ]);
  return [`_headers: ${rules.length} rules; _redirects: ${redirects.length} redirects with a 301`];
}

/**
 * Runs `work` on each item in turn, giving the event loop a turn after every `batch` items. The work
 * reads and writes files with Node's synchronous calls: handing thousands of small reads to Node's
 * I/O threads cost the pass about twice its time on a two-core machine, where Pagefind's process and
 * the feed's lint share the cores; the turns keep Pagefind's pipe and the other steps moving.
 */
async function inTurns<T>(items: readonly T[], work: (item: T) => void, batch = 64): Promise<void> {
  for (let i = 0; i < items.length; i += batch) {
    for (const item of items.slice(i, i + batch)) work(item);
    await new Promise(setImmediate);
  }
}

/**
 * The pages under `dir`, as paths from it. Folders whose name starts with a dot are passed over:
 * no page lies there, and Astro may still be removing its own (`.prerender`) while the build's
 * last hooks run, which a recursive listing would meet half gone.
 */
async function htmlFiles(dir: string, under = ""): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(dir, under), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const found = await Promise.all(
    entries.map((entry) => {
      const path = under ? `${under}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : htmlFiles(dir, path);
      return entry.isFile() && entry.name.endsWith(".html") ? [path] : [];
    }),
  );
  return found.flat();
}

/**
 * Gives every page of the build the site's one Content Security Policy (hosting/csp.ts
 * `sitePolicy`): every page's script and style hashes, as Astro wrote them into each page, and
 * the hosts the content uses: those the model knows (`sources`) and those each page's HTML loads
 * from (show notes' remote images, say). Pages restored from Astro's incremental cache are read
 * and written as the rendered ones, so a rebuild ends with the policy a build from nothing has.
 * Pages are read as Latin-1, a character a byte, so that the policy's span is one of bytes and each
 * page is written with the site's policy, its other bytes as they were.
 */
export async function oneCspEverywhere(dir: URL, sources: PolicySources): Promise<string[]> {
  const started = performance.now();
  const root = fileURLToPath(dir);
  const pages = (await htmlFiles(root)).sort();
  const policies = new Set<string>();
  const loaded = { images: [...sources.images], media: [...sources.media] };
  await inTurns(pages, (page) => {
    const html = readFileSync(join(root, page)).toString("latin1");
    const span = policySpan(html);
    if (span) policies.add(html.slice(...span));
    const found = pageSources(html, { latin1: true });
    loaded.images.push(...found.images);
    loaded.media.push(...found.media);
  });
  if (!policies.size) return [];
  const unique = (origins: string[]) => [...new Set(origins)].sort();
  const all = { ...sources, images: unique(loaded.images), media: unique(loaded.media) };
  const policy = Buffer.from(sitePolicy([...policies].sort(), all), "latin1");
  let written = 0;
  await inTurns(pages, (page) => {
    const bytes = readFileSync(join(root, page));
    const span = policySpan(bytes.toString("latin1"));
    if (!span || policy.equals(bytes.subarray(...span))) return;
    writeFileSync(join(root, page), Buffer.concat([bytes.subarray(0, span[0]), policy, bytes.subarray(span[1])]));
    written++;
  });
  const ms = Math.round(performance.now() - started);
  return [`Content Security Policy: one for all ${pages.length} pages (${written} rewritten) in ${ms} ms`];
}
