import { existsSync, writeFileSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { CARD_WORKER, cachedCard, cardCover, cardFont, type CardRequest, look, storeCard } from "../data/cards.ts";
import { inWorkers, type Outcome, poolSize } from "../data/worker-pool.ts";
import { type Problem, problemError } from "../problems.ts";
import { outputFile } from "./output.ts";

type Card = CardRequest & { cached: string };

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

const failed = ({ file }: Card, error: Error): Problem => ({
  file,
  field: "social card",
  message: `expected a card satori and sharp can draw, found the error "${error.message}"`,
});

/**
 * Draws cards in worker threads of `CARD_WORKER`, a core each, as the build does: each outcome goes
 * to `done` as it comes. Resolves to how many threads drew.
 */
export async function drawCards<C extends CardRequest>(
  cards: C[],
  done: (card: C, outcome: Outcome<Uint8Array>) => void,
): Promise<number> {
  if (!cards.length) return 0;
  const { uri } = await cardCover();
  return inWorkers(
    CARD_WORKER,
    cards,
    { size: poolSize(cards.length), workerData: { cover: uri, look, font: cardFont } },
    done,
  );
}

/**
 * The episodes' social cards (`/cards/<slug>.png`), written into the built site once the pages are
 * built, the way Astro writes the images its pages ask for: a copy of the cached file where the
 * cache has it, else drawn in worker threads and kept in the cache too. They are no routes of the
 * build, since a route costs each card Astro's overhead of a page even when it comes from the cache.
 */
export async function writeCards(requests: CardRequest[], dir: URL) {
  const { hash } = await cardCover();
  const cards: Card[] = requests.map((request) => ({ ...request, cached: cachedCard(request.input, hash) }));
  const output = (card: Card) => outputFile(dir, card.path);
  const present: Card[] = [];
  const missing: Card[] = [];
  for (const card of cards) (existsSync(card.cached) ? present : missing).push(card);
  const problems: Problem[] = [];
  const started = performance.now();
  const drawn = drawCards(missing, (card, outcome) => {
    if ("error" in outcome) {
      problems.push(failed(card, outcome.error));
    } else {
      storeCard(card.cached, outcome.value);
      writeFileSync(output(card), outcome.value);
    }
  });
  // The cached cards are copied while the workers start, by Node's I/O threads rather than the main
  // one, while Pagefind writes the search index beside them.
  const copied = Promise.all(present.map((card) => copyFile(card.cached, output(card))));
  const [threads] = await Promise.all([drawn, copied]);
  if (problems.length) {
    throw problemError(problems, "The card shows the episode's title, number label and guests: check them.", {
      where: "the social cards",
    });
  }
  const ms = Math.round(performance.now() - started);
  return [
    ...(missing.length
      ? [`Rendered ${count(missing.length, "social card")} in ${ms} ms on ${count(threads, "thread")}`]
      : []),
    `Social cards: ${missing.length} rendered, ${present.length} from the cache`,
  ];
}
