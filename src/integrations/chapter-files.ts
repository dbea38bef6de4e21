import { writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { chapterFiles } from "../data/chapter-files.ts";
import { routes, withoutBase } from "../routes.ts";
import { awaitedAtBuildDone, outputFile, routeInDev } from "./after-pages.ts";

/**
 * The episodes' chapters files (`routes.chapters`, beside each page), written once the pages are
 * built from what the feed asked for (data/chapter-files.ts). They are no routes of the build: a
 * route costs each file Astro's overhead of a page, a second for a thousand episodes. Node's I/O
 * threads write them while the other build-done steps run; the feed's check waits for them. Not
 * sooner: while the pages render, the same threads write the pages.
 */
export function chapterFilesOfFeed(): AstroIntegration {
  let files = new Map<string, string>();
  let writing: Promise<unknown> = Promise.resolve();
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
      "astro:build:generated": ({ dir }) => {
        writing = awaitedAtBuildDone(
          Promise.all([...files].map(([path, text]) => writeFile(outputFile(dir, path), text))),
        );
      },
      "astro:build:done": async () => {
        await writing;
      },
    },
  };
}
