import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../data/catalog.ts";
import { chaptersText } from "../podcast/chapters.ts";
import type { Episode } from "../podcast/episode.ts";

// Only the dev server routes here (after-pages.ts): a build writes the files after its pages.
export const getStaticPaths = (async () => {
  const { published } = await getCatalog();
  return published
    .filter((episode) => episode.chapters.length > 0)
    .map((episode) => ({ params: { slug: episode.slug }, props: { episode } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: Episode }> = ({ props }) =>
  new Response(chaptersText(props.episode), { headers: { "Content-Type": "application/json+chapters" } });
