import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { episodeSchema } from "./lib/episode-schema";
import { slugFromPath } from "./lib/slug";

const episodes = defineCollection({
  // `_index.md` is Zola's section page, not an episode.
  loader: glob({
    base: "./src/content/episodes",
    pattern: ["**/*.{md,mdx}", "!**/_index.md", "!**/_*/**"],
    generateId: ({ entry, data }) => slugFromPath(entry, data),
  }),
  schema: episodeSchema,
});

export const collections = { episodes };
