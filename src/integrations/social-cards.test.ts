import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { CardRequest } from "../data/cards.ts";
import type { Outcome } from "../data/worker-pool.ts";
import { drawCards } from "./social-cards.ts";

describe("social cards", () => {
  it("are drawn in worker threads started from the worker's own file, as the build starts them", async () => {
    const card: CardRequest = {
      path: "/cards/s01e01-hello.png",
      file: "src/content/episodes/s01e01-hello.md",
      input: { title: "Hello, שלום, مرحبا 👋", label: "S01 E01", guests: "Ada Example, Host" },
    };
    const outcomes: Outcome<Uint8Array>[] = [];
    const threads = await drawCards([card], (_, outcome) => outcomes.push(outcome));
    expect(threads).toBe(1);
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    if ("error" in outcome) throw outcome.error;
    const { format, width, height } = await sharp(outcome.value).metadata();
    expect({ format, width, height }).toEqual({ format: "png", width: 1200, height: 630 });
  }, 30_000);
});
