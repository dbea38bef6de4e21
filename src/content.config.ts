import { defineCollection } from "astro:content";
import { nodeImport } from "./data/node-import.ts";

type Loaders = typeof import("./loaders/index.ts");

// The loaders and the checks they run are 66 modules of plain TypeScript. A build imports them with
// Node's own loader, in a third of the time Vite's module runner takes (content sync 0.7 s against
// 1.0 s with 1,000 episodes, `astro build --timings`). The dev server keeps Vite's: when a change
// of the show config restarts it, Vite loads them afresh, where Node would keep the first ones.
const { episodesLoader, guestsLoader, pagesLoader } = import.meta.env.DEV
  ? await import("./loaders/index.ts")
  : ((await nodeImport(new URL("./loaders/index.ts", import.meta.url))) as Loaders);

// Every `.md`/`.mdx` file of `src/content/episodes/` and page bundle `<slug>/index.md`; Zola's
// `_index.md` is ignored. The loader checks each file with `src/editing/content-check.ts`.
const episodes = defineCollection({ loader: episodesLoader() });

// Optional guest profiles, `src/content/guests/<slug>.yaml` or `.md`: a bio, links, an image and
// the other spellings to merge. The loader checks them with `src/editing/guest-check.ts`.
const guests = defineCollection({ loader: guestsLoader() });

// The About page, `src/content/about.md`: checked and rendered as show notes are.
const pages = defineCollection({ loader: pagesLoader() });

export const collections = { episodes, guests, pages };
