import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const episodes = defineCollection({
  loader: glob({ base: "./src/content/episodes", pattern: "**/*.md" }),
  schema: z.looseObject({ title: z.string(), date: z.coerce.date() }),
});

export const collections = { episodes };
