import type { APIRoute } from "astro";
import { absolute, routes } from "../routes.ts";

/** Every page may be crawled; the sitemap lists them. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(routes.sitemap())}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
