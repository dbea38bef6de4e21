/**
 * A list of files a build's pages ask for, by the path each is served at, which an integration
 * writes once the pages are built, as Astro writes the images its pages ask for: a route per file
 * would cost each Astro's overhead of a page. The integration starts the list when a build starts;
 * the dev server has none, and serves such files from endpoints when asked.
 *
 * Kept on a global: the pages run from the build's own bundled copy of this module, the integration
 * from the copy astro.config.mjs loaded, and a module's own Map would be two Maps.
 */
export function afterPages<T>(name: string) {
  const key = Symbol.for(`podcast-site.${name}`);
  const shared = globalThis as { [key: symbol]: Map<string, T> | undefined };
  return {
    /** A new, empty list for the build that starts. */
    start: (): Map<string, T> => (shared[key] = new Map()),
    /** Asks for a file: true when a build is listening and takes it, false in the dev server. */
    ask: (path: string, file: T): boolean => Boolean(shared[key]?.set(path, file)),
    /** Ends the build's list: whatever asks after it is not listened to. */
    stop: (): void => void (shared[key] = undefined),
  };
}
