import show from "../show.config.ts";
import { type PolicySources, policySources } from "../hosting/csp.ts";
import type { Catalog } from "../podcast/catalog.ts";
import { getCatalog } from "./catalog.ts";

const made = new WeakMap<Catalog, PolicySources>();

/**
 * The hosts beyond the site that the content loads from (hosting/csp.ts `policySources`), made once
 * for each read of the catalog: every page asks, and the build's policy pass starts from them.
 */
export async function sitePolicySources(): Promise<PolicySources> {
  const catalog = await getCatalog();
  let sources = made.get(catalog);
  if (!sources) made.set(catalog, (sources = policySources(catalog, show)));
  return sources;
}
