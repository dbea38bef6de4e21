import { routes } from "../routes.ts";
import { CARD } from "./card.ts";
import type { Episode } from "./episode.ts";

/**
 * An episode's social card as its page's `og:image` names it. The build draws every published
 * episode's card beside the pages (integrations/social-cards.ts); the dev server draws it when asked.
 */
export const socialCard = (episode: Episode) => ({
  url: routes.card(episode.slug),
  alt: `${episode.label}: ${episode.title}`,
  ...CARD,
});
