import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { chapterFiles } from "../data/chapter-files.ts";
import { routes, withoutBase } from "../routes.ts";

/**
 * The episodes' chapters files (`/episodes/<slug>/chapters.json`), written once the pages are built
 * from what the feed asked for (data/chapter-files.ts). They are no routes of the build: a route
 * costs each file Astro's overhead of a page, a second for a thousand episodes.
 */
export function chapterFilesOfFeed(): AstroIntegration {
  let files = new Map<string, string>();
  return {
    name: "podcast-chapter-files",
    hooks: {
      "astro:config:setup": ({ command, injectRoute }) => {
        // The dev server writes nothing after its pages: it serves a chapters file when asked.
        if (command === "dev") {
          const entrypoint = new URL("./chapters-endpoint.ts", import.meta.url);
          injectRoute({ pattern: withoutBase(routes.chapters("[slug]")), entrypoint });
        }
      },
      "astro:build:start": () => {
        files = chapterFiles.start();
      },
      "astro:build:done": ({ dir }) => {
        for (const [path, text] of files) {
          const file = fileURLToPath(new URL(`.${path}`, dir));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
      },
    },
  };
}
