import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { episodesLoader } from "./loaders/episodes.ts";
import { guestProfileSchema } from "./podcast/guests.ts";

// Every `.md`/`.mdx` file of `src/content/episodes/` and page bundle `<slug>/index.md`; Zola's
// `_index.md` is ignored. The loader checks each file with `src/editing/content-check.ts`.
const episodes = defineCollection({ loader: episodesLoader() });

// Optional guest profiles, `src/content/guests/<slug>.yaml` or `.md`: a bio, links, an image and
// the other spellings to merge. `src/data/guests.ts` reads them.
const guests = defineCollection({
  loader: glob({ pattern: "*.{yaml,yml,md}", base: "./src/content/guests" }),
  schema: guestProfileSchema,
});

export const collections = { episodes, guests };
