import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { CardRequest } from "../data/cards.ts";
import type { Outcome } from "../data/worker-pool.ts";
import { type CardWorker, drawCards, startCardWorker } from "./social-cards.ts";

const card: CardRequest = {
  path: "/cards/s01e01-hello.png",
  file: "src/content/episodes/s01e01-hello.md",
  input: { title: "Hello, שלום, مرحبا 👋", label: "S01 E01", guests: "Ada Example, Host" },
};

/** The card a job's outcome holds, as sharp reads it. */
async function drawn(outcome: Outcome<Uint8Array>) {
  if ("error" in outcome) throw outcome.error;
  const { format, width, height } = await sharp(outcome.value).metadata();
  return { format, width, height };
}

describe("social cards", () => {
  it("are drawn in worker threads started from the worker's own file, as the build starts them", async () => {
    const outcomes: Outcome<Uint8Array>[] = [];
    const threads = await drawCards([card], (_, outcome) => outcomes.push(outcome));
    expect(threads).toBe(1);
    expect(outcomes).toHaveLength(1);
    expect(await drawn(outcomes[0])).toEqual({ format: "png", width: 1200, height: 630 });
  }, 30_000);

  it("are drawn by the worker the build started before the pages, which is stopped once done", async () => {
    const early = await startCardWorker();
    const jobs: string[] = [];
    const counted: CardWorker = { ask: (job) => (jobs.push(job.path), early.ask(job)), stop: () => early.stop() };
    const outcomes: Outcome<Uint8Array>[] = [];
    expect(await drawCards([card], (_, outcome) => outcomes.push(outcome), [counted])).toBe(1);
    expect(jobs).toEqual([card.path]);
    expect(await drawn(outcomes[0])).toEqual({ format: "png", width: 1200, height: 630 });
    expect(await early.ask(card)).toMatchObject({ error: expect.any(Error) });
  }, 30_000);

  it("stop the worker started before the pages when the cache has every card", async () => {
    const idle = await startCardWorker();
    expect(await drawCards([], () => {}, [idle])).toBe(0);
    expect(await idle.ask(card)).toMatchObject({ error: expect.any(Error) });
  }, 30_000);
});
