// The dev loop: with 1,000 episodes in a scratch copy of the site, starts the dev server, saves a
// new episode file and measures how long until its page answers. Prints each figure and the median.
// With --baseline, the same on the bare Astro baseline, for comparison.
// With --profile, the dev server writes a CPU profile to bench/out/profiles/ as it stops.
// Usage: npm run bench:dev [-- --episodes=1000] [-- --port=4352] [-- --baseline] [-- --profile]
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticEpisode, writeEpisodes } from "./episodes.ts";
import { ASTRO, discard, emptyTrash, type Kind, OUT, scratchSite } from "./site.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const count = Number(arg("episodes") ?? 1000);
const port = Number(arg("port") ?? process.env.BENCH_PORT ?? 4352);
const kind: Kind = process.argv.includes("--baseline") ? "baseline" : "site";
const tries = 5;
const base = `http://127.0.0.1:${port}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function status(path: string, text?: string): Promise<boolean> {
  try {
    const response = await fetch(base + path);
    const body = await response.text();
    return response.ok && (text === undefined || body.includes(text));
  } catch {
    return false;
  }
}

async function waitFor(path: string, text: string | undefined, timeoutMs: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (await status(path, text)) return performance.now() - start;
    await sleep(10);
  }
  throw new Error(`${base}${path} did not answer within ${timeoutMs / 1000} s`);
}

const episodes = join(OUT, "dev-episodes");
discard(episodes);
writeEpisodes(episodes, count);
const dir = scratchSite(kind, episodes, `dev-${kind}`);
console.log(
  `Dev loop of the ${kind === "site" ? "site" : "bare Astro baseline"}: ${count} episodes, dev server on port ${port}`,
);

let server: ChildProcess | undefined;
let stopping = false;
try {
  const profile = process.argv.includes("--profile") ? ["--cpu-prof", `--cpu-prof-dir=${join(OUT, "profiles")}`] : [];
  server = spawn(process.execPath, [...profile, ASTRO, "dev", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  server.on("exit", (code) => {
    if (code && !stopping) console.error(`The dev server stopped (exit ${code}):\n${log.slice(-3000)}`);
  });

  const first = syntheticEpisode(0);
  const ready = await waitFor(`/episodes/${first.slug}/`, undefined, 120_000);
  console.log(`  server ready in ${(ready / 1000).toFixed(1)} s (first episode page compiled)`);

  const warm: number[] = [];
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    await status(`/episodes/${first.slug}/`);
    warm.push(performance.now() - start);
  }
  console.log(`  an unchanged episode page renders in ${Math.round(Math.min(...warm))} ms`);

  const figures: number[] = [];
  for (let k = 0; k < tries; k++) {
    const episode = syntheticEpisode(count + k);
    const start = performance.now();
    writeFileSync(join(dir, "src", "content", "episodes", episode.file), episode.text);
    await waitFor(`/episodes/${episode.slug}/`, episode.data.title as string, 30_000);
    const ms = performance.now() - start;
    figures.push(ms);
    console.log(`  new episode ${episode.file}: page answers after ${Math.round(ms)} ms`);
  }
  // An edit shows too, on the episode's page and in the list that names it.
  const edited = syntheticEpisode(count - 1);
  const title = `${edited.data.title} (edited)`;
  const start = performance.now();
  writeFileSync(
    join(dir, "src", "content", "episodes", edited.file),
    edited.text.replace(JSON.stringify(edited.data.title), JSON.stringify(title)),
  );
  await waitFor(`/episodes/${edited.slug}/`, title, 30_000);
  // The baseline has no list page.
  if (kind === "site") await waitFor("/episodes/", title, 30_000);
  console.log(`  edited title of ${edited.file}: shows after ${Math.round(performance.now() - start)} ms`);

  const median = [...figures].sort((a, b) => a - b)[Math.floor(figures.length / 2)];
  console.log(`Median: ${Math.round(median)} ms from saving a new episode to its page (target ≤ 1000 ms)`);
} finally {
  stopping = true;
  server?.kill("SIGTERM");
  emptyTrash();
}
