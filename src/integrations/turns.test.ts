import { describe, expect, it } from "vitest";
import { inTurns } from "./turns.ts";

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe("inTurns", () => {
  it("does every item in order, and lets the event loop run between slices of a few milliseconds", async () => {
    const done: number[] = [];
    let turnAt: number | undefined;
    setImmediate(() => (turnAt = done.length));
    await inTurns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (item) => {
      busy(2);
      done.push(item);
    });
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(turnAt).toBeGreaterThan(0);
    expect(turnAt).toBeLessThan(5);
  });
});
