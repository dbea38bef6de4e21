import { open, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HEADER_POLICY, type PolicySources, policySpan, sitePolicy } from "../hosting/csp.ts";
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

/** Runs `work` on each item, a few at a time, so that thousands of pages never are open at once. */
async function inTurn<T>(items: readonly T[], work: (item: T) => Promise<void>, width = 32): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** Enough for a page's head up to its policy's end: about 5 KB of tags come before it. */
const HEAD_BYTES = 16 * 1024;

/**
 * A page's bytes, with where its policy lies in them. The head is read as Latin-1, a character a
 * byte, so that the span is one of bytes and no page is decoded or encoded whole.
 */
async function readPage(path: string, whole: boolean) {
  let bytes: Buffer;
  if (whole) bytes = await readFile(path);
  else {
    const file = await open(path);
    try {
      const head = Buffer.alloc(HEAD_BYTES);
      bytes = head.subarray(0, (await file.read(head, 0, HEAD_BYTES, 0)).bytesRead);
    } finally {
      await file.close();
    }
  }
  const span = policySpan(bytes.subarray(0, HEAD_BYTES).toString("latin1")) ?? policySpan(bytes.toString("latin1"));
  return { bytes, span };
}

/**
 * Gives every page of the build the site's one Content Security Policy (hosting/csp.ts
 * `sitePolicy`): every page's script and style hashes, as Astro wrote them into each page, and
 * the hosts the content uses. Pages restored from Astro's incremental cache are read and written
 * as the rendered ones, so a rebuild ends with the policy a build from nothing has. Each page's
 * head is read for its policy, then the page is written with the site's, its other bytes as they were.
 */
export async function oneCspEverywhere(dir: URL, sources: PolicySources): Promise<string[]> {
  const started = performance.now();
  const root = fileURLToPath(dir);
  const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  const policies = new Set<string>();
  await inTurn(pages, async (page) => {
    let { bytes, span } = await readPage(join(root, page), false);
    // A head longer than most: the page is read whole.
    if (!span && bytes.length === HEAD_BYTES) ({ bytes, span } = await readPage(join(root, page), true));
    if (span) policies.add(bytes.toString("latin1", ...span));
  });
  if (!policies.size) return [];
  const policy = Buffer.from(sitePolicy([...policies].sort(), sources), "latin1");
  let written = 0;
  await inTurn(pages, async (page) => {
    const { bytes, span } = await readPage(join(root, page), true);
    if (!span || policy.equals(bytes.subarray(...span))) return;
    await writeFile(join(root, page), Buffer.concat([bytes.subarray(0, span[0]), policy, bytes.subarray(span[1])]));
    written++;
  });
  const ms = Math.round(performance.now() - started);
  return [`Content Security Policy: one for all ${pages.length} pages (${written} rewritten) in ${ms} ms`];
}
