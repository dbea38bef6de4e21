import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../data/catalog.ts";
import { renderCard } from "../data/cards.ts";

// Only the dev server routes here (social-cards.ts): a build writes the cards after its pages.
export const getStaticPaths = (async () => {
  const { published } = await getCatalog();
  return published.map((episode) => ({ params: { slug: episode.slug }, props: { episode } }));
}) satisfies GetStaticPaths;

/** An episode's 1200×630 card for shared links, drawn when the dev server is asked for it. */
export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard(props.episode);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
