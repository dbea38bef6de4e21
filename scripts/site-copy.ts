// What a copy of the site needs to build on its own: tests and benchmarks build such copies
// (integration/scratch.ts, bench/site.ts) beside their own node_modules.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT = fileURLToPath(new URL("../", import.meta.url));

const SITE_FILES = ["src", "public", "scripts", "astro.config.mjs", "tsconfig.json", "package.json"];

/** Copies the site's own files (not its packages, caches or builds) into `dir`. */
export function copySite(dir: string): void {
  for (const name of SITE_FILES) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
}
