import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inWorkers, oneJob, type Outcome, poolSize, startWorker } from "./worker-pool.ts";

const script = new URL("../testing/pool-worker.ts", import.meta.url);
type Doubled = { double: number; thread: number };

/** Runs the jobs and keeps each outcome, by job, as the pool hands them over. */
async function run(jobs: (number | string)[], size: number) {
  const outcomes = new Map<number | string, Outcome<Doubled>>();
  const busy = await inWorkers<number | string, Doubled>(script, jobs, { size }, (job, outcome) =>
    outcomes.set(job, outcome),
  );
  return { busy, outcomes };
}

describe("poolSize", () => {
  it("starts a worker a core, none without a job, and at least one", () => {
    expect(poolSize(1000, 2)).toBe(2);
    expect(poolSize(1, 8)).toBe(1);
    expect(poolSize(5, 1)).toBe(1);
    expect(poolSize(0, 4)).toBe(1);
  });
});

describe("inWorkers", () => {
  it("runs every job once, spread over every worker", async () => {
    const jobs = Array.from({ length: 20 }, (_, i) => i);
    const { busy, outcomes } = await run(jobs, 2);
    expect(busy).toBe(2);
    expect(outcomes.size).toBe(jobs.length);
    for (const job of jobs) expect(outcomes.get(job)).toMatchObject({ value: { double: 2 * job } });
    const threads = new Set([...outcomes.values()].map((outcome) => "value" in outcome && outcome.value.thread));
    expect(threads.size).toBe(2);
  });

  it("reports a failed job by its message, and the worker goes on with the next", async () => {
    const { outcomes } = await run([1, "fail", 2], 1);
    expect(outcomes.get("fail")).toEqual({ error: new Error("cannot draw this one") });
    expect(outcomes.get(2)).toMatchObject({ value: { double: 4 } });
  });

  it("fails the jobs of a worker that stopped rather than waiting for them", async () => {
    const { outcomes } = await run([1, "exit", 2], 1);
    expect(outcomes.get(1)).toMatchObject({ value: { double: 2 } });
    for (const job of ["exit", 2]) {
      const outcome = outcomes.get(job)!;
      expect("error" in outcome && outcome.error.message).toMatch(/stopped \(exit code 3\)/);
    }
  });
});

describe("startWorker", () => {
  it("answers one job given after the start, or throws why it failed", async () => {
    const worker = startWorker<number, Doubled>(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await oneJob(worker, 21)).toMatchObject({ double: 42 });
    await expect(oneJob(startWorker(script), "fail")).rejects.toThrow("cannot draw this one");
  });

  it("lets a process that never gives it a job end", () => {
    // A build that fails before the feed is written never asks the linter started with it.
    const dir = mkdtempSync(join(tmpdir(), "worker-pool-"));
    const program = join(dir, "never-asks.mjs");
    writeFileSync(
      program,
      `import { startWorker } from ${JSON.stringify(new URL("./worker-pool.ts", import.meta.url).href)};
      startWorker(new URL(${JSON.stringify(script.href)}));
      console.log("started");`,
    );
    try {
      const child = spawnSync(process.execPath, [program], { encoding: "utf8", timeout: 10_000 });
      expect(child.stdout.trim()).toBe("started");
      expect(child.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
