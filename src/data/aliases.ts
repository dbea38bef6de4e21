import type { Redirect } from "../hosting/redirects.ts";
import { afterPages } from "./after-pages.ts";

/**
 * The published episodes' old URLs with the page each leads to, handed over once per build by the
 * alias route, which reads them from the catalog: integrations/hosting.ts writes `_redirects`.
 */
export const aliasesOfBuild = afterPages<Pick<Redirect, "to"> & { path: string }>("aliases");
