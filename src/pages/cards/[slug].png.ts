import type { APIRoute, GetStaticPaths } from "astro";
import show from "../../show.config.ts";
import { getCatalog } from "../../data/catalog.ts";
import { renderCard } from "../../data/cards.ts";
import { cardInput } from "../../podcast/card.ts";

export const getStaticPaths = (async () => {
  const { published } = await getCatalog();
  return published.map((episode) => ({ params: { slug: episode.slug }, props: { episode } }));
}) satisfies GetStaticPaths;

/** An episode's 1200×630 card for shared links, rendered at build time (src/data/cards.ts). */
export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard(cardInput(props.episode, show.title), show.cover);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
