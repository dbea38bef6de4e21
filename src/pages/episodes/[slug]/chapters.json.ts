import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../../../data/catalog.ts";
import type { Episode } from "../../../podcast/episode.ts";
import { chaptersJson } from "../../../podcast/chapters.ts";

export const getStaticPaths = (async () => {
  const { published } = await getCatalog();
  return published
    .filter((episode) => episode.chapters.length > 0)
    .map((episode) => ({ params: { slug: episode.slug }, props: { episode } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: Episode }> = ({ props }) =>
  new Response(JSON.stringify(chaptersJson(props.episode), null, 2), {
    headers: { "Content-Type": "application/json+chapters" },
  });
