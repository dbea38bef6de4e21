import type { APIRoute, GetStaticPaths } from "astro";
import show from "../../show.config.ts";
import { coverIcon, ICON_SIZES } from "../../data/icons.ts";
import { fileDigest, pageKey } from "../../data/page-keys.ts";

export const getStaticPaths = (async () => {
  const cover = await fileDigest(`public${show.cover}`);
  return ICON_SIZES.map((size) => ({ params: { size: String(size) }, cacheKey: pageKey(cover, size) }));
}) satisfies GetStaticPaths;

/** The favicon and app icons, made from the cover art at build time. */
export const GET: APIRoute = async ({ params }) => {
  const png = await coverIcon(show.cover, Number(params.size));
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
