import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readJson, writeWhole } from "../data/cache-files.ts";
import { pageSources, type PolicySources, policySpan, sitePolicy } from "../hosting/csp.ts";
import { inTurns } from "./turns.ts";

/**
 * What a page brings to the site's policy: its own policy as Astro wrote it (its scripts' and
 * styles' hashes) and the hosts beyond the site that its HTML loads images and media from.
 */
export interface PagePolicy {
  policy: string;
  images: string[];
  media: string[];
}

/** A page's copy in Astro's incremental cache, by what tells one write of it from another. */
export interface CopyStamp {
  mtimeMs: number;
  size: number;
}

/**
 * What the last build's policy pass left beside Astro's incremental cache (`page-policies.json`):
 * the site's policy, and for each page that Astro keeps a copy of, what the page brings to the
 * policy and the stamp of that copy once the pass had written the site's policy into it. Policies
 * are kept once each, by index: a route's pages share theirs.
 */
export interface PolicyStore {
  version: 1;
  site: string;
  policies: string[];
  pages: Record<string, { policy: number; images?: string[]; media?: string[] } & CopyStamp>;
}

const STORE = "page-policies.json";
/** Astro's incremental cache: its manifest, and the folder of the copies it restores pages from. */
const ASTRO_MANIFEST = "incremental-build.json";
const ASTRO_COPIES = "dist/";

const same = (a: CopyStamp | undefined, b: CopyStamp | undefined) =>
  !!a && !!b && a.mtimeMs === b.mtimeMs && a.size === b.size;

/**
 * What a page brings to the policy, taken from the store rather than read again: only for a page
 * Astro restored (its file has the time and size of its copy, which Astro gives a restored page)
 * from the very copy the pass wrote (the stamp the store keeps). A page Astro rendered again, or
 * a copy it wrote since, is read as the page is.
 */
export function fromStore(
  store: PolicyStore | undefined,
  page: string,
  { file, copy }: { file?: CopyStamp; copy?: CopyStamp },
): PagePolicy | undefined {
  const entry = store?.pages[page];
  if (!store || !entry || !same(file, copy) || !same(copy, entry)) return undefined;
  return { policy: store.policies[entry.policy], images: entry.images ?? [], media: entry.media ?? [] };
}

/** The store of a pass that gave every page `site`: each page with a copy in Astro's cache, by its stamp. */
export function storeOf(site: string, pages: Map<string, PagePolicy & { copy?: CopyStamp }>): PolicyStore {
  const policies: string[] = [];
  const index = new Map<string, number>();
  const entries: PolicyStore["pages"] = {};
  for (const [page, { policy, images, media, copy }] of pages) {
    if (!copy) continue;
    if (!index.has(policy)) index.set(policy, policies.push(policy) - 1);
    entries[page] = {
      policy: index.get(policy)!,
      ...(images.length && { images }),
      ...(media.length && { media }),
      mtimeMs: copy.mtimeMs,
      size: copy.size,
    };
  }
  return { version: 1, site, policies, pages: entries };
}

function readStore(file: string): PolicyStore | undefined {
  const store = readJson(file) as PolicyStore | undefined;
  return store?.version === 1 && typeof store.site === "string" ? store : undefined;
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
 * A file's stamp, its time to the nearest millisecond: Astro gives a restored page its copy's time
 * as Node's stat gives it as a Date, rounded so.
 */
const stampOf = (file: string): CopyStamp | undefined => {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat && { mtimeMs: Math.round(stat.mtimeMs), size: stat.size };
};

/**
 * Gives every page of the build the site's one Content Security Policy (hosting/csp.ts
 * `sitePolicy`): every page's script and style hashes, as Astro wrote them into each page, and the
 * hosts the content uses: those the model knows (`sources`) and those each page's HTML loads from
 * (show notes' remote images, say). Pages are read as Latin-1, a character a byte, so that the
 * policy's span is one of bytes and each page is written with the site's policy, its other bytes as
 * they were.
 *
 * With Astro's incremental cache in `cacheDir`, the pass writes the site's policy into the copy
 * Astro restores each page from as well, and keeps what each page brings in its store: a rebuild
 * then reads and writes only the pages Astro rendered again, unless the site's policy changed, and
 * ends with the pages a build from nothing makes. The store is removed while the pass runs, and a
 * build that finds Astro's cache without it renders every page (`forgetCacheWithoutStore`).
 */
export async function oneCspEverywhere(dir: URL, sources: PolicySources, cacheDir?: URL): Promise<string[]> {
  const started = performance.now();
  const root = fileURLToPath(dir);
  const copies = cacheDir && fileURLToPath(new URL(ASTRO_COPIES, cacheDir));
  const storeFile = cacheDir && fileURLToPath(new URL(STORE, cacheDir));
  const store = storeFile ? readStore(storeFile) : undefined;
  if (storeFile) rmSync(storeFile, { force: true });
  const pages = new Map<string, PagePolicy & { copy?: CopyStamp; current: string }>();
  // Each policy and host kept once: a string sliced from a page (a host's origin too, which the URL
  // parser slices from the attribute it was given) holds on to the whole page's text, and pages
  // share theirs (at 10,000 episodes, 0.7 GB of pages otherwise).
  const strings = new Map<string, string>();
  const once = (text: string) => strings.get(text) ?? (strings.set(text, text), text);
  let read = 0;
  await inTurns((await htmlFiles(root)).sort(), (page) => {
    const copy = copies ? stampOf(join(copies, page)) : undefined;
    const known = store && fromStore(store, page, { file: stampOf(join(root, page)), copy });
    if (known) {
      pages.set(page, { ...known, copy, current: store.site });
      return;
    }
    const html = readFileSync(join(root, page)).toString("latin1");
    read++;
    const span = policySpan(html);
    if (span) {
      const policy = once(html.slice(...span));
      const { images, media } = pageSources(html, { latin1: true });
      pages.set(page, { policy, images: images.map(once), media: media.map(once), copy, current: policy });
    }
  });
  if (!pages.size) return [];
  const unique = (origins: string[]) => [...new Set(origins)].sort();
  const all = {
    ...sources,
    images: unique([...sources.images, ...[...pages.values()].flatMap((page) => page.images)]),
    media: unique([...sources.media, ...[...pages.values()].flatMap((page) => page.media)]),
  };
  const site = sitePolicy(new Set([...pages.values()].map((page) => page.policy)), all);
  const policy = Buffer.from(site, "latin1");
  let written = 0;
  await inTurns(pages, ([page, entry]) => {
    if (entry.current === site) return;
    const bytes = readFileSync(join(root, page));
    const span = policySpan(bytes.toString("latin1"))!;
    const rewritten = Buffer.concat([bytes.subarray(0, span[0]), policy, bytes.subarray(span[1])]);
    writeFileSync(join(root, page), rewritten);
    written++;
    // The copy Astro restores this page from, which it wrote with the page or restored it from.
    if (copies && entry.copy?.size === bytes.length) {
      writeFileSync(join(copies, page), rewritten);
      entry.copy = stampOf(join(copies, page));
    }
  });
  if (storeFile) writeWhole(storeFile, JSON.stringify(storeOf(site, pages)));
  const ms = Math.round(performance.now() - started);
  return [`Content Security Policy: one for all ${pages.size} pages (${read} read, ${written} rewritten) in ${ms} ms`];
}

/**
 * Before the pages: Astro's incremental cache without the pass's store (a build stopped while the
 * pass ran, or a cache kept from before it had one) may hold copies whose policy is the site's of
 * an earlier build, which the pass could not tell from a page's own. Astro then renders every page.
 */
export function forgetCacheWithoutStore(cacheDir: URL): void {
  const manifest = fileURLToPath(new URL(ASTRO_MANIFEST, cacheDir));
  if (!existsSync(fileURLToPath(new URL(STORE, cacheDir))) && existsSync(manifest)) rmSync(manifest);
}
