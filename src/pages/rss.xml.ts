import type { APIRoute } from "astro";
import show from "../show.config";
import { getCatalog } from "../data/catalog";
import { notesHtml } from "../data/notes";
import { inFeed, renderFeed } from "../lib/feed";

export const GET: APIRoute = async () => {
  const { published } = await getCatalog();
  for (const episode of published.filter((e) => !inFeed(e))) {
    console.warn(`[feed] ${episode.file}: no audio yet, so the episode is left out of the feed`);
  }
  const items = published.filter(inFeed);
  const notes = new Map(await Promise.all(items.map(async (e) => [e.id, await notesHtml(e)] as const)));
  return new Response(renderFeed(show, items, notes), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
};
