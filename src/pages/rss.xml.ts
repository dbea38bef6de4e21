import type { APIRoute } from "astro";
import show from "../show.config.ts";
import { coverCopies } from "../data/art-images.ts";
import { getCatalog } from "../data/catalog.ts";
import { coverFacts, feedArtProblems } from "../data/feed-art-check.ts";
import { notesHtml } from "../data/notes.ts";
import { lintFeed } from "../feed/lint.ts";
import { FEED_RULES_HINT, onEpisodeFiles } from "../feed/lint-problems.ts";
import { inFeed, renderFeed } from "../feed/render.ts";
import { problemError } from "../problems.ts";

export const GET: APIRoute = async () => {
  const { published, guests } = await getCatalog();
  for (const episode of published.filter((e) => !inFeed(e))) {
    console.warn(`[feed] ${episode.file}: no audio yet, so the episode is left out of the feed`);
  }
  const items = published.filter(inFeed);
  const notes = new Map(await Promise.all(items.map(async (e) => [e.id, await notesHtml(e)] as const)));
  const [cover, copies] = await Promise.all([coverFacts(show), coverCopies()]);
  const xml = renderFeed(show, items, notes, { guests, cover, coverCopies: copies });

  // A feed that breaks a rule is never published: apps would reject it or misread its episodes. A
  // build checks the written feed's rules once the pages are built, off the main thread, and fails
  // before it is done (integrations/feed-check.ts); the dev server checks them here.
  const problems = await feedArtProblems(show, items);
  if (import.meta.env.DEV) problems.push(...onEpisodeFiles(lintFeed(xml), new Map(items.map((e) => [e.guid, e.file]))));
  if (problems.length) throw problemError(problems, FEED_RULES_HINT, { where: "the podcast feed" });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
};
