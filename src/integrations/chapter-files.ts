import { writeFileSync } from "node:fs";
import type { AstroIntegration } from "astro";
import { chapterFiles } from "../data/chapter-files.ts";
import { routes, withoutBase } from "../routes.ts";
import { outputFile, routeInDev } from "./after-pages.ts";

/**
 * The episodes' chapters files (`routes.chapters`, beside each page), written once the pages are
 * built from what the feed asked for (data/chapter-files.ts). They are no routes of the build: a
 * route costs each file Astro's overhead of a page, a second for a thousand episodes.
 */
export function chapterFilesOfFeed(): AstroIntegration {
  let files = new Map<string, string>();
  return {
    name: "podcast-chapter-files",
    hooks: {
      "astro:config:setup": routeInDev(
        withoutBase(routes.chapters("[slug]")),
        new URL("./chapters-endpoint.ts", import.meta.url),
      ),
      "astro:build:start": () => {
        files = chapterFiles.start();
      },
      "astro:build:done": ({ dir }) => {
        for (const [path, text] of files) writeFileSync(outputFile(dir, path), text);
      },
    },
  };
}
