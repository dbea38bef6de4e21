import { existsSync } from "node:fs";
import { copyFile, link, rm } from "node:fs/promises";
import {
  CARD_WORKER,
  cachedCard,
  cardCover,
  cardFont,
  type CardRequest,
  cardsMayBeMissing,
  look,
  pruneCards,
  rememberCardSources,
  storeCard,
} from "../data/cards.ts";
import { inWorkers, type Outcome, poolSize, type StartedWorker, startWorker } from "../data/worker-pool.ts";
import { type Problem, problemError } from "../problems.ts";
import { outputFiles } from "./output.ts";

/** A card to put in the built site: where the cache keeps it, and where the site serves it. */
type Card = CardRequest & { cached: string; output: string };

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

const failed = ({ file }: Card, error: Error): Problem => ({
  file,
  field: "social card",
  message: `expected a card satori and sharp can draw, found the error "${error.message}"`,
});

/**
 * Puts a cached card in the built site as a hard link, which writes no bytes: a card is about 160 KB,
 * and copying a thousand of them was most of what a rebuild wrote. Nothing changes a card in place
 * (the cache replaces a file whole), so the two names cannot drift apart. A file already at the
 * output is removed first, since writing over it could write into the cached card it links to;
 * where the cache lies on another file system than the output, the card is copied.
 */
async function linkOrCopy(cached: string, output: string): Promise<void> {
  await rm(output, { force: true });
  try {
    await link(cached, output);
  } catch {
    await copyFile(cached, output);
  }
}

export type CardWorker = StartedWorker<CardRequest, Uint8Array>;

/** What each card worker is given at its start: what every card of the show shares. */
const workerData = async () => ({ cover: (await cardCover()).uri, look, font: cardFont });

/**
 * A card worker started before the cards are known. Its start (Node, satori and sharp, the fonts,
 * the backdrop every card shares) then runs while Astro bundles, on the core the bundling leaves
 * free: a rebuild after a new episode draws one card, and that start was most of its time when it
 * came after the pages, beside Pagefind.
 */
export async function startCardWorker(): Promise<CardWorker> {
  return startWorker(CARD_WORKER, await workerData());
}

/**
 * The card worker the build starts with it (`startCardWorker`), unless the cards' sources are those
 * of a build that ended with every card in the cache (data/cards.ts `cardSources`): then no card is
 * missing, and a drawer would only take the core Astro bundles on. Cold builds of 1,000 episodes
 * with every card cached took 7.31 s without it against 7.76 s with it (the mean of six pairs).
 */
export function earlyCardWorker(sources: string): Promise<CardWorker> | undefined {
  return cardsMayBeMissing(sources) ? startCardWorker() : undefined;
}

/**
 * Draws cards in worker threads of `CARD_WORKER`, a core each, as the build does: the workers
 * `started` first, which are stopped when no card is left for them. Each outcome goes to `done` as
 * it comes. Resolves to how many threads drew.
 */
export async function drawCards<C extends CardRequest>(
  cards: C[],
  done: (card: C, outcome: Outcome<Uint8Array>) => void,
  started: CardWorker[] = [],
): Promise<number> {
  // With no card to draw, no lane runs, and the pool stops the workers started for it.
  const size = cards.length && Math.max(started.length, poolSize(cards.length));
  return inWorkers(CARD_WORKER, cards, { size, workerData: size ? await workerData() : undefined, started }, done);
}

/**
 * The episodes' social cards (`/cards/<slug>.png`), written into the built site once the pages are
 * built, the way Astro writes the images its pages ask for: the cached file where the cache has it,
 * else drawn in worker threads and kept in the cache first. They are no routes of the
 * build, since a route costs each card Astro's overhead of a page even when it comes from the cache.
 */
export async function writeCards(
  requests: CardRequest[],
  dir: URL,
  { early, sources }: { early?: Promise<CardWorker>; sources?: string } = {},
) {
  const { hash } = await cardCover();
  const outputs = await outputFiles(
    dir,
    requests.map((request) => request.path),
  );
  const cards: Card[] = requests.map((request, i) => ({
    ...request,
    cached: cachedCard(request.input, hash),
    output: outputs[i],
  }));
  const present: Card[] = [];
  const missing: Card[] = [];
  for (const card of cards) (existsSync(card.cached) ? present : missing).push(card);
  const problems: Problem[] = [];
  const started = performance.now();
  // The cached cards are linked while the workers start, by Node's I/O threads rather than the main
  // one, while Pagefind writes the search index beside them.
  const placed: Promise<void>[] = [];
  const place = (card: Card) => {
    const done = linkOrCopy(card.cached, card.output);
    done.catch(() => {}); // reported by the Promise.all below, once the workers are done
    placed.push(done);
  };
  present.forEach(place);
  const worker = await early;
  const ready = worker ? [worker] : [];
  const threads = await drawCards(
    missing,
    (card, outcome) => {
      if ("error" in outcome) {
        problems.push(failed(card, outcome.error));
      } else {
        storeCard(card.cached, outcome.value);
        place(card);
      }
    },
    ready,
  );
  await Promise.all(placed);
  if (problems.length) {
    throw problemError(problems, "The card shows the episode's title, number label and guests: check them.", {
      where: "the social cards",
    });
  }
  // Every card of these sources is in the cache now: the next build from them starts no drawer.
  if (sources) rememberCardSources(sources);
  const ms = Math.round(performance.now() - started);
  const pruned = await pruneCards(cards.map((card) => card.cached));
  return [
    ...(missing.length
      ? [`Rendered ${count(missing.length, "social card")} in ${ms} ms on ${count(threads, "thread")}`]
      : []),
    `Social cards: ${missing.length} rendered, ${present.length} from the cache` +
      (pruned ? `; ${count(pruned, "card")} no episode shows removed from the cache` : ""),
  ];
}
