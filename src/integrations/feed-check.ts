import { readFile, rm, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { oneJob, startWorker } from "../data/worker-pool.ts";
import { FEED_RULES_HINT, type FeedProblem, onEpisodeFiles } from "../feed/lint-problems.ts";
import { type Problem, problemError } from "../problems.ts";
import { absolute, routes, withoutBase, withoutPrefixes } from "../routes.ts";
import show from "../show.config.ts";

const FEED_PATH = withoutBase(routes.feed());

const notBuilt = (url: string, field: string): Problem => ({
  file: url,
  field,
  message: "expected a file of the built site, found none",
});

/** A URL of the feed as written, with the show's analytics prefixes taken off a media file's. */
const unescape = (url: string) => withoutPrefixes(url.replace(/&amp;/g, "&"), show.analytics?.prefixes ?? []);

/**
 * What is wrong with the files of this site that one URL of the feed points at: none for a URL
 * elsewhere. `check` looks at a file that is there.
 */
async function fileProblems(
  dist: URL,
  site: string,
  url: string,
  field: string,
  check: (path: string, size: number) => Promise<string | undefined> = async () => undefined,
): Promise<Problem[]> {
  if (!url.startsWith(site)) return [];
  const path = fileURLToPath(new URL(`.${withoutBase(new URL(url).pathname)}`, dist));
  const size = await stat(path).then(
    (found) => found.size,
    () => undefined,
  );
  if (size === undefined) return [notBuilt(url, field)];
  const message = await check(path, size);
  return message ? [{ file: url, field, message }] : [];
}

const enclosureLength = (length: string) => async (_: string, size: number) =>
  size === Number(length) ? undefined : `expected length ${size}, the file's size, found ${length}`;

async function chaptersFile(path: string) {
  const json = JSON.parse(await readFile(path, "utf8")) as { version?: string; chapters?: { startTime: number }[] };
  const starts = (json.chapters ?? []).map((c) => c.startTime);
  if (json.version === "1.2.0" && starts.every((s, i) => i === 0 || s >= starts[i - 1])) return undefined;
  return `expected version 1.2.0 with start times ascending, found version ${json.version} with ${starts.join(", ")}`;
}

/** The feed's rules that a written feed breaks. */
export type FeedLint = (xml: string) => Promise<FeedProblem[]>;

/**
 * The feed's linter as the build runs it: a worker thread (feed-lint-worker.ts), started now and
 * given the feed once it is written, so that the main thread goes on meanwhile. The build starts it
 * as Astro begins to bundle (integrations/after-pages.ts): Node's start and the lint's imports then
 * run on a core the bundling leaves free, not beside Pagefind after the pages.
 */
export function startFeedLint(): FeedLint {
  const worker = startWorker<string, FeedProblem[]>(new URL("./feed-lint-worker.ts", import.meta.url));
  return (xml) => oneJob(worker, xml);
}

/**
 * Checks the written feed before the build reports success: first its rules, then the files it
 * points at in this site: each local enclosure with the length the feed gives, each chapters and
 * transcript file. `files` names the episode file of each item's guid, for the messages. A feed that
 * breaks a rule is taken out of the output, and the build fails. The files are looked at all at
 * once, by Node's I/O threads.
 */
export async function checkFeed(
  dir: URL,
  files: ReadonlyMap<string, string>,
  lint: FeedLint = startFeedLint(),
): Promise<string> {
  const site = absolute(routes.home());
  const feedFile = fileURLToPath(new URL(`.${FEED_PATH}`, dir));
  const xml = await readFile(feedFile, "utf8");
  const broken = onEpisodeFiles(await lint(xml), files);
  if (broken.length) {
    await rm(feedFile, { force: true });
    throw problemError(broken, FEED_RULES_HINT, { where: "the podcast feed" });
  }
  const urls = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => unescape(m[1]));
  const checks = [
    ...[...xml.matchAll(/<enclosure url="([^"]+)" length="(\d+)"/g)].map((m) =>
      fileProblems(dir, site, unescape(m[1]), "enclosure", enclosureLength(m[2])),
    ),
    ...[...xml.matchAll(/<podcast:alternateEnclosure [^>]*?length="(\d+)"[^>]*>\s*<podcast:source uri="([^"]+)"/g)].map(
      (m) => fileProblems(dir, site, unescape(m[2]), "alternateEnclosure", enclosureLength(m[1])),
    ),
    ...urls(/<podcast:chapters url="([^"]+)"/g).map((url) => fileProblems(dir, site, url, "chapters", chaptersFile)),
    ...urls(/<podcast:transcript url="([^"]+)"/g).map((url) => fileProblems(dir, site, url, "transcript")),
  ];
  const problems = (await Promise.all(checks)).flat();
  if (problems.length) {
    throw problemError(problems, "The feed points at files the site did not write as the feed says.", {
      where: `the written feed ${FEED_PATH}`,
    });
  }
  return `${FEED_PATH} follows the feed rules and points only at files the site holds, with their lengths`;
}
