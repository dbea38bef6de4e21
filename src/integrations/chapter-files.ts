import { writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { chapterFiles } from "../data/chapter-files.ts";
import { routes, withoutBase } from "../routes.ts";
import { outputFile, routeInDev } from "./after-pages.ts";

/**
 * The episodes' chapters files (`routes.chapters`, beside each page), which the feed asks for
 * (data/chapter-files.ts). They are no routes of the build: a route costs each file Astro's
 * overhead of a page, a second for a thousand episodes. Node's I/O threads write each as soon as
 * the feed asks, while the pages render; the build is done once all are written, before the
 * feed's check reads them.
 */
export function chapterFilesOfFeed(): AstroIntegration {
  let outDir: URL;
  let writing: Promise<void>[] = [];
  return {
    name: "podcast-chapter-files",
    hooks: {
      "astro:config:setup": routeInDev(
        withoutBase(routes.chapters("[slug]")),
        new URL("./chapters-endpoint.ts", import.meta.url),
      ),
      "astro:config:done": ({ config }) => {
        outDir = config.outDir;
      },
      "astro:build:start": () => {
        writing = [];
        chapterFiles.start((path, text) => {
          const written = writeFile(outputFile(outDir, path), text);
          // Awaited at build-done; until then a failure must not count as unhandled.
          written.catch(() => {});
          writing.push(written);
        });
      },
      "astro:build:done": async () => {
        chapterFiles.stop();
        await Promise.all(writing);
      },
    },
  };
}
