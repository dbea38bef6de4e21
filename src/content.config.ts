import { defineCollection } from "astro:content";
import { episodesLoader } from "./loaders/episodes.ts";

// Every `.md`/`.mdx` file of `src/content/episodes/` and page bundle `<slug>/index.md`; Zola's
// `_index.md` is ignored. The loader checks each file with `src/lib/content-check.ts`.
const episodes = defineCollection({ loader: episodesLoader() });

export const collections = { episodes };
