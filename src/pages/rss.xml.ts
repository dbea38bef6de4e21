import type { APIRoute } from "astro";
import show from "../show.config.ts";
import { getCatalog } from "../data/catalog.ts";
import { askForChapters } from "../data/chapter-files.ts";
import { feedProblems } from "../data/feed-problems.ts";
import { notesHtml } from "../data/notes.ts";
import { inFeed, renderFeed } from "../feed/render.ts";
import { problemError } from "../problems.ts";

export const GET: APIRoute = async () => {
  const { published } = await getCatalog();
  for (const episode of published.filter((e) => !inFeed(e))) {
    console.warn(`[feed] ${episode.file}: no audio yet, so the episode is left out of the feed`);
  }
  const items = published.filter(inFeed);
  const notes = new Map(await Promise.all(items.map(async (e) => [e.id, await notesHtml(e)] as const)));
  const xml = renderFeed(show, items, notes);

  // A feed that breaks a rule is never published: apps would reject it or misread its episodes.
  const problems = await feedProblems(show, items, xml);
  if (problems.length) {
    throw problemError(problems, "Fix these and build again: the feed is published only when it follows every rule.", {
      where: "the podcast feed",
    });
  }
  askForChapters(items);
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
};
