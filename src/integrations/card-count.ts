import type { AstroIntegration } from "astro";

/**
 * Prints how many social cards the build rendered and how many it took from the cache. The pages
 * count them (src/data/cards.ts) in a global, since they run from the build's own copy of the module.
 */
export function cardCount(): AstroIntegration {
  return {
    name: "podcast-card-count",
    hooks: {
      "astro:build:done": ({ logger }) => {
        const count = (globalThis as Record<symbol, { rendered: number; cached: number } | undefined>)[
          Symbol.for("podcast-site.cards")
        ];
        if (count) {
          logger.info(`Social cards: ${count.rendered} rendered, ${count.cached} from the cache`);
        }
      },
    },
  };
}
