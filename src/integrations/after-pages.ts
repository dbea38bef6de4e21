import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

type ConfigSetup = NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>;

/**
 * For files a build writes after its pages (data/after-pages.ts): the dev server writes nothing
 * after its pages, so there `pattern` is routed to an endpoint that makes each file when asked.
 */
export const routeInDev =
  (pattern: string, entrypoint: URL): ConfigSetup =>
  ({ command, injectRoute }) => {
    if (command === "dev") injectRoute({ pattern, entrypoint });
  };

/** Where the file served at a site path (without the base) goes in the build's output, its folder made. */
export function outputFile(dir: URL, path: string): string {
  const file = fileURLToPath(new URL(`.${path}`, dir));
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

/**
 * Work a build starts before build-done, to run beside what comes next, and waits for there: until
 * then its failure must not count as unhandled, and build-done's `await` reports it.
 */
export function awaitedAtBuildDone<T>(work: Promise<T>): Promise<T> {
  work.catch(() => {});
  return work;
}
