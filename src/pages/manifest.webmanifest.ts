import type { APIRoute } from "astro";
import show from "../show.config.ts";
import { routes } from "../routes.ts";

/** The web app manifest: the show's name and the icons made from its cover art. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: show.title,
      short_name: show.title,
      description: show.description,
      lang: show.language,
      dir: show.locale.dir,
      start_url: routes.home(),
      scope: routes.home(),
      display: "standalone",
      background_color: "#fdfcff",
      theme_color: "#6d28d9",
      icons: [192, 512].map((size) => ({ src: routes.icon(size), sizes: `${size}x${size}`, type: "image/png" })),
    }),
    { headers: { "Content-Type": "application/manifest+json" } },
  );
