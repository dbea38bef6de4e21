// A worker for src/data/worker-pool.test.ts: doubles a number and says which thread did it; fails on
// "fail", as a card that cannot be drawn does; stops on "exit", as a crashed thread would.
import { threadId } from "node:worker_threads";
import { serve } from "../data/worker-pool.ts";

serve(async (job: number | "fail" | "exit") => {
  if (job === "fail") throw new Error("cannot draw this one");
  if (job === "exit") process.exit(3);
  // Long enough that every worker of the pool gets jobs.
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { double: job * 2, thread: threadId };
});
