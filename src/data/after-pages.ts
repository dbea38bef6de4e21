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
  type List = { files: Map<string, T>; taken?: (path: string, file: T) => void };
  const shared = globalThis as { [key: symbol]: List | undefined };
  return {
    /**
     * A new, empty list for the build that starts. `taken` hears of each file as it is asked for,
     * for work that can start while the pages render, on a core they leave free.
     */
    start: (taken?: List["taken"]): Map<string, T> => (shared[key] = { files: new Map(), taken }).files,
    /** Asks for a file: true when a build is listening and takes it, false in the dev server. */
    ask: (path: string, file: T): boolean => {
      const list = shared[key];
      list?.files.set(path, file);
      list?.taken?.(path, file);
      return Boolean(list);
    },
    /** Ends the build's list: whatever asks after it is not listened to. */
    stop: (): void => void (shared[key] = undefined),
  };
}
