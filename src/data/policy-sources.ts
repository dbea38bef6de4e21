import show from "../show.config.ts";
import { type PolicySources, policySources } from "../hosting/csp.ts";
import type { Catalog } from "../podcast/catalog.ts";
import { getCatalog } from "./catalog.ts";
import { notesHtml } from "./notes.ts";
import { writtenHtml } from "./pages.ts";

const made = new WeakMap<Catalog, Promise<PolicySources>>();

async function sourcesOf(catalog: Catalog): Promise<PolicySources> {
  const html = await Promise.all([
    ...catalog.published.map(notesHtml),
    writtenHtml(catalog.guests.map((guest) => guest.slug)),
  ]);
  return policySources(catalog, show, html.flat());
}

/**
 * The hosts beyond the site that the pages load from (hosting/csp.ts `policySources`): those the
 * model names, and those of the show notes, bios and About page as the pages show them. Made once
 * for each read of the catalog: every page asks (src/middleware.ts), and every page's cache key
 * holds them (data/page-keys.ts).
 */
export function sitePolicySources(): Promise<PolicySources> {
  return getCatalog().then((catalog) => {
    let sources = made.get(catalog);
    if (!sources) made.set(catalog, (sources = sourcesOf(catalog)));
    return sources;
  });
}
