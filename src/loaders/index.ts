// The collections' loaders, which content.config.ts takes together.
export { episodesLoader } from "./episodes.ts";
export { guestsLoader } from "./guests.ts";
export { pagesLoader } from "./pages.ts";
