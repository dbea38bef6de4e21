// A pool of worker threads for work that would keep the build's main thread busy alone while other
// cores idle: drawing social cards (card-worker.ts). Plain Node, so that workers can load it too.
import { once } from "node:events";
import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";

/** A job's outcome as a worker posts it: an Error does not cross threads whole, its message does. */
type Reply<R> = { value: R } | { error: string };

export type Outcome<R> = { value: R } | { error: Error };

/** How many workers `jobs` jobs need: one a core, none left without a job, at least one. */
export const poolSize = (jobs: number, cores = availableParallelism()) => Math.max(1, Math.min(cores, jobs));

/** In a worker: answers each job the pool posts with what `work` makes of it, or why it failed. */
export function serve<J, R>(work: (job: J) => Promise<R>): void {
  const port = parentPort;
  if (!port) throw new Error("serve() answers a pool's jobs: run this file as a worker thread");
  port.on("message", async (job: J) => {
    let reply: Reply<R>;
    try {
      reply = { value: await work(job) };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}

/** Posts a job and waits for its reply, or for the worker to stop, which fails the job instead of hanging. */
async function ask<R>(worker: Worker, job: unknown, stopped: Promise<never>): Promise<Outcome<R>> {
  const answered = new AbortController();
  try {
    worker.postMessage(job);
    const [reply] = (await Promise.race([once(worker, "message", { signal: answered.signal }), stopped])) as [Reply<R>];
    return "error" in reply ? { error: new Error(reply.error) } : reply;
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  } finally {
    answered.abort();
  }
}

/**
 * Runs every job in `size` workers of `script`, each taking the next job as soon as it is done with
 * its last, and hands each outcome to `done` as it comes: first the workers `started` already (which
 * are stopped, job or not), then new ones. Resolves to how many workers ran a job.
 */
export async function inWorkers<J, R>(
  script: URL,
  jobs: readonly J[],
  { size, workerData, started = [] }: { size: number; workerData?: unknown; started?: StartedWorker<J, R>[] },
  done: (job: J, outcome: Outcome<R>) => void,
): Promise<number> {
  let next = 0;
  const ready = [...started];
  async function lane(): Promise<boolean> {
    const worker = ready.shift() ?? startWorker<J, R>(script, workerData);
    let ran = false;
    try {
      while (next < jobs.length) {
        const job = jobs[next++];
        done(job, await worker.ask(job));
        ran = true;
      }
    } catch (error) {
      next = jobs.length; // `done` failed: the other workers take no further job either
      throw error;
    } finally {
      await worker.stop();
    }
    return ran;
  }
  const lanes = await Promise.all(Array.from({ length: size }, lane));
  await Promise.all(ready.map((worker) => worker.stop()));
  return lanes.filter(Boolean).length;
}

/** A worker thread, started: `ask` posts it a job and waits for its outcome; `stop` ends it. */
export interface StartedWorker<J, R> {
  ask(job: J): Promise<Outcome<R>>;
  stop(): Promise<void>;
}

/**
 * Starts a worker thread of `script` now, before its first job may be known: Node's start and the
 * worker's imports then run while the thread that asks would otherwise wait. Until asked, it does not
 * keep the process alive, so that a build stopped before it needed the worker still ends.
 */
export function startWorker<J, R>(script: URL, workerData?: unknown): StartedWorker<J, R> {
  const worker = new Worker(script, { workerData });
  worker.unref();
  const stopped = new Promise<never>((_, reject) => {
    worker.on("error", reject);
    worker.once("exit", (code) => reject(new Error(`the worker thread stopped (exit code ${code})`)));
  });
  // A worker that stops fails only the jobs it takes after; no one else waits on it.
  stopped.catch(() => {});
  return {
    ask(job) {
      worker.ref();
      return ask<R>(worker, job, stopped);
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Gives a started worker its one job, then stops it: the job's answer, or why it failed. */
export async function oneJob<J, R>(worker: StartedWorker<J, R>, job: J): Promise<R> {
  try {
    const outcome = await worker.ask(job);
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  } finally {
    await worker.stop();
  }
}
