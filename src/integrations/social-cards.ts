import { existsSync, writeFileSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { cachedCard, cardCover, cardFont, type CardRequest, cardRequests, look, storeCard } from "../data/cards.ts";
import { inWorkers, poolSize } from "../data/worker-pool.ts";
import { type Problem, problemError } from "../problems.ts";
import { routes, withoutBase } from "../routes.ts";
import { awaitedAtBuildDone, outputFile, routeInDev } from "./after-pages.ts";

type Card = CardRequest & { cached: string };

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

const failed = ({ file }: Card, error: Error): Problem => ({
  file,
  field: "social card",
  message: `expected a card satori and sharp can draw, found the error "${error.message}"`,
});

/**
 * Writes the cards the pages asked for into the built site: a copy of the cached file where the
 * cache has it, else drawn in worker threads, a core each, and kept in the cache too.
 */
async function writeCards(requests: CardRequest[], dir: URL) {
  const { uri, hash } = await cardCover();
  const cards: Card[] = requests.map((request) => ({ ...request, cached: cachedCard(request.input, hash) }));
  const output = (card: Card) => outputFile(dir, card.path);
  const present: Card[] = [];
  const missing: Card[] = [];
  for (const card of cards) (existsSync(card.cached) ? present : missing).push(card);
  const problems: Problem[] = [];
  const started = performance.now();
  const drawn = missing.length
    ? inWorkers<Card, Uint8Array>(
        new URL("../data/card-worker.ts", import.meta.url),
        missing,
        { size: poolSize(missing.length), workerData: { cover: uri, look, font: cardFont } },
        (card, outcome) => {
          if ("error" in outcome) {
            problems.push(failed(card, outcome.error));
          } else {
            storeCard(card.cached, outcome.value);
            writeFileSync(output(card), outcome.value);
          }
        },
      )
    : Promise.resolve(0);
  // The cached cards are copied while the workers start, by Node's I/O threads rather than the main
  // one, while Pagefind writes the search index beside them.
  const copied = Promise.all(present.map((card) => copyFile(card.cached, output(card))));
  const [threads] = await Promise.all([drawn, copied]);
  if (problems.length) {
    throw problemError(problems, "The card shows the episode's title, number label and guests: check them.", {
      where: "the social cards",
    });
  }
  return { rendered: missing.length, cached: present.length, threads, ms: performance.now() - started };
}

/**
 * The episodes' social cards (`/cards/<slug>.png`), written once the pages are built, the way Astro
 * writes the images its pages ask for: each episode page asks for its card (data/cards.ts
 * `socialCard`). They are no routes of the build, since a route costs each card Astro's overhead of
 * a page even when the card comes from the cache.
 */
export function socialCards(): AstroIntegration {
  let requests = new Map<string, CardRequest>();
  let writing: ReturnType<typeof writeCards> | undefined;
  return {
    name: "podcast-social-cards",
    hooks: {
      "astro:config:setup": routeInDev(
        withoutBase(routes.card("[slug]")),
        new URL("./card-endpoint.ts", import.meta.url),
      ),
      "astro:build:start": () => {
        requests = cardRequests.start();
      },
      // Started as soon as the pages are built, beside the other build-done steps.
      "astro:build:generated": ({ dir }) => {
        writing = awaitedAtBuildDone(writeCards([...requests.values()], dir));
      },
      "astro:build:done": async ({ logger }) => {
        if (!writing) return;
        const { rendered, cached, threads, ms } = await writing;
        writing = undefined;
        if (rendered) {
          logger.info(
            `Rendered ${count(rendered, "social card")} in ${Math.round(ms)} ms on ${count(threads, "thread")}`,
          );
        }
        logger.info(`Social cards: ${rendered} rendered, ${cached} from the cache`);
      },
    },
  };
}
