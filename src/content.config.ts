import { defineCollection } from "astro:content";
import { episodesLoader } from "./loaders/episodes.ts";
import { guestsLoader } from "./loaders/guests.ts";
import { pagesLoader } from "./loaders/pages.ts";

// Every `.md`/`.mdx` file of `src/content/episodes/` and page bundle `<slug>/index.md`; Zola's
// `_index.md` is ignored. The loader checks each file with `src/editing/content-check.ts`.
const episodes = defineCollection({ loader: episodesLoader() });

// Optional guest profiles, `src/content/guests/<slug>.yaml` or `.md`: a bio, links, an image and
// the other spellings to merge. The loader checks them with `src/editing/guest-check.ts`.
const guests = defineCollection({ loader: guestsLoader() });

// The About page, `src/content/about.md`: checked and rendered as show notes are.
const pages = defineCollection({ loader: pagesLoader() });

export const collections = { episodes, guests, pages };
