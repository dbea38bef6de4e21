// Runs a command and measures its wall time and peak memory. Memory is the largest resident set
// seen across the process and its children, sampled from /proc (Linux), together with the main
// process's own high-water mark, which the kernel keeps exactly.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Measurement {
  seconds: number;
  /** Peak resident memory in MB, or undefined where /proc is missing. */
  peakMb?: number;
  output: string;
}

function status(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return undefined;
  }
}

const kb = (text: string | undefined, field: string) =>
  Number(text?.match(new RegExp(`^${field}:\\s+(\\d+)`, "m"))?.[1] ?? 0);

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function treeRssKb(pid: number): number {
  return kb(status(pid), "VmRSS") + children(pid).reduce((sum, child) => sum + treeRssKb(child), 0);
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let peakKb = 0;
    let output = "";
    const sample = () => {
      if (child.pid === undefined) return;
      const own = status(child.pid);
      peakKb = Math.max(peakKb, treeRssKb(child.pid), kb(own, "VmHWM"));
    };
    const timer = setInterval(sample, 100);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (options.onLine) for (const line of text.split("\n")) if (line.trim()) options.onLine(line);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    // "close", not "exit": the process may exit before all its output has been read.
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}):\n${output.slice(-4000)}`));
        return;
      }
      resolve({ seconds, peakMb: peakKb ? peakKb / 1024 : undefined, output });
    });
  });
}
