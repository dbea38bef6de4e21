// The build benchmark: N synthetic episodes built by the site and by the bare Astro baseline, on
// the same files in the same run. Prints a table, saves bench/out/results.json (comparing with the
// previous run) and draws bench/out/chart.svg.
// Usage: npm run bench [-- --full] [-- --sizes=100,1000] [-- --repeat=2] [-- --parallel]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chartSvg } from "./chart.ts";
import { syntheticEpisode, writeEpisodes } from "./episodes.ts";
import { measure } from "./measure.ts";
import { pageCounts, type Phase, PHASES, phaseClock } from "./phases.ts";
import { ASTRO, clean, countFiles, discard, emptyTrash, type Kind, OUT, ROOT, scratchSite } from "./site.ts";

interface Row {
  n: number;
  /** A cold build (`site`, `baseline`, `cold cards`: the site with no card cached), or a rebuild after one new episode. */
  kind: Kind | "cold cards" | "rebuild" | "baseline rebuild";
  seconds: number;
  peakMb?: number;
  pages: number;
  /** Seconds of each step of the build, from Astro's own output. */
  phases: Record<Phase, number>;
  /** Pages and files Astro rendered, and those it restored from its incremental cache. */
  rendered: number;
  restored: number;
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const sizes = arg("sizes")
  ? arg("sizes")!.split(",").map(Number)
  : [100, 1000, 5000, ...(process.argv.includes("--full") ? [10_000] : [])];
const repeat = Number(arg("repeat") ?? 1);
// Astro's parallel prerendering (pages in worker threads, one a core but one), for both sites.
const parallel = process.argv.includes("--parallel");

const log = (text: string) => process.stdout.write(`${text}\n`);

/**
 * One build of `dir`: its time, peak memory, pages and the time of each step. A cold build starts
 * from no cache but the site's social cards, as CI keeps them; the "cold cards" build starts with
 * none; a rebuild keeps every cache of the build before it.
 */
async function buildOnce(kind: Row["kind"], dir: string, n: number, label: string): Promise<Row> {
  // CI starts each run from a fresh checkout with its caches restored: no dist/ (which Astro would
  // first empty, file by file).
  if (kind.includes("rebuild")) discard(join(dir, "dist"));
  else clean(dir, { keepCards: kind === "site" });
  let files = 0;
  let dots = 0;
  const clock = phaseClock();
  process.stdout.write(`  ${kind.padEnd(10)} N=${n}${label}: building `);
  const result = await measure(process.execPath, [ASTRO, "build"], {
    cwd: dir,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
      FORCE_COLOR: "0",
      ...(parallel ? { PARALLEL_PRERENDER: "auto" } : {}),
    },
    onLine: (line) => {
      clock.line(line);
      // With concurrent rendering, Astro may print several pages on one line.
      files += line.match(/[├└]─/g)?.length ?? 0;
      // A dot for every tenth of N files written (the site writes more files than episodes).
      while (files >= (dots + 1) * Math.max(1, n / 10)) {
        dots++;
        process.stdout.write(".");
      }
    },
  });
  const row: Row = {
    n,
    kind,
    seconds: result.seconds,
    peakMb: result.peakMb,
    pages: countFiles(join(dir, "dist"), (name) => name.endsWith(".html")),
    phases: clock.seconds(result.seconds),
    ...pageCounts(result.output),
  };
  const restored = row.restored ? `, ${row.rendered} rendered and ${row.restored} restored` : "";
  log(` … ${row.seconds.toFixed(1)} s, ${row.peakMb?.toFixed(0) ?? "?"} MB, ${row.pages} pages${restored}`);
  return row;
}

/** The fastest of some runs, with the highest peak memory of them all. */
const fastest = (runs: Row[]): Row => ({
  ...runs.reduce((a, b) => (b.seconds < a.seconds ? b : a)),
  peakMb: Math.max(...runs.map((r) => r.peakMb ?? 0)),
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Writes the episode after the `n` generated ones into a site: what an editor publishes next. */
function addEpisode(dir: string, n: number): void {
  const episode = syntheticEpisode(n);
  writeFileSync(join(dir, "src", "content", "episodes", episode.file), episode.text);
}

/**
 * The site is built first with no social cards cached (the "cold cards" row: every card rendered),
 * then `repeat` times with the cards cached, as CI keeps them: that is the build compared with the
 * baseline. The baseline (which has no cards) and the site take turns, so that each pair of runs
 * meets the same moment of the machine: its speed drifts by a fifth within minutes, which would
 * skew a ratio of runs made minutes apart. Last, each gets one new episode and is built again with
 * every cache of its last build kept, as CI keeps them: the rebuild an editor waits for.
 */
async function compare(n: number, episodes: string): Promise<{ rows: Row[]; ratios: number[] }> {
  const baseline = scratchSite("baseline", episodes);
  const site = scratchSite("site", episodes);
  const cold = await buildOnce("cold cards", site, n, "");
  const baselines: Row[] = [];
  const sites: Row[] = [];
  for (let run = 1; run <= repeat; run++) {
    const label = repeat > 1 ? ` run ${run}/${repeat}` : "";
    baselines.push(await buildOnce("baseline", baseline, n, label));
    sites.push(await buildOnce("site", site, n, label));
  }
  addEpisode(baseline, n);
  addEpisode(site, n);
  const baselineRebuild = await buildOnce("baseline rebuild", baseline, n, " and one new episode");
  const rebuild = await buildOnce("rebuild", site, n, " and one new episode");
  return {
    rows: [fastest(baselines), cold, fastest(sites), baselineRebuild, rebuild],
    ratios: sites.map((row, i) => row.seconds / baselines[i].seconds),
  };
}

async function feedSeconds(items: number): Promise<number> {
  const result = await measure(process.execPath, [join(ROOT, "bench", "feed.ts"), `--items=${items}`, "--json"], {
    cwd: ROOT,
  });
  return JSON.parse(result.output.trim().split("\n").at(-1)!).seconds;
}

const rows: Row[] = [];
/** For each N, the site's time over the baseline's in each pair of runs made one after the other. */
const pairRatios = new Map<number, number[]>();
log(
  `Benchmark: ${sizes.join(", ")} episodes, the site against the bare Astro baseline (cold builds, then a rebuild)` +
    (parallel ? ", pages rendered in worker threads (parallelPrerender)" : ""),
);
for (const n of sizes) {
  log(`N=${n}: generating ${n} episodes`);
  const episodes = join(OUT, "episodes");
  discard(episodes);
  writeEpisodes(episodes, n);
  const compared = await compare(n, episodes);
  rows.push(...compared.rows);
  pairRatios.set(n, compared.ratios);
}
log("Feed: rendering 10000 items");
const feed = { items: 10_000, seconds: await feedSeconds(10_000) };

const find = (kind: Row["kind"], n: number) => rows.find((r) => r.kind === kind && r.n === n);
const perEpisode = (row: Row) => row.seconds / row.n;
const table = rows.map((row) => {
  const baseline = find("baseline", row.n)!;
  const at1000 = find(row.kind, 1000);
  return {
    ...row,
    pagesPerSecond: row.pages / row.seconds,
    ratio: row.seconds / baseline.seconds,
    perEpisodeVs1000: at1000 ? perEpisode(row) / perEpisode(at1000) : undefined,
  };
});

const fmt = (v: number | undefined, digits = 1) => (v === undefined ? "–" : v.toFixed(digits));
const header = ["N", "site", "seconds", "peak MB", "pages", "pages/s", "× baseline", "per episode vs 1000"];
const lines = table.map((r) => [
  String(r.n),
  r.kind,
  fmt(r.seconds),
  fmt(r.peakMb, 0),
  String(r.pages),
  fmt(r.pagesPerSecond, 0),
  fmt(r.ratio, 2),
  fmt(r.perEpisodeVs1000, 2),
]);
/** Right-aligned columns, as wide as their widest cell. */
function logTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const cells of rows) log(cells.map((c, i) => c.padStart(widths[i])).join("  "));
}
log("");
logTable([header, ...lines]);
log("\nWhere the time goes (seconds): start, content sync, bundling, pages, images, build-done hooks");
logTable([["N", "site", ...PHASES], ...rows.map((r) => [String(r.n), r.kind, ...PHASES.map((p) => fmt(r.phases[p]))])]);
log(`\nFeed of ${feed.items} items (renderFeed): ${feed.seconds.toFixed(2)} s`);
const cards = sizes.flatMap((n) => {
  const cold = find("cold cards", n);
  const cached = find("site", n);
  return cold && cached
    ? [{ n, cold: cold.seconds, cached: cached.seconds, perCardMs: ((cold.seconds - cached.seconds) / n) * 1000 }]
    : [];
});
for (const c of cards) {
  log(
    `Social cards, N=${c.n}: build with none cached ${fmt(c.cold)} s, all cached ${fmt(c.cached)} s: ` +
      `${fmt(c.cold - c.cached)} s to render ${c.n} cards from nothing, ${fmt(c.perCardMs, 0)} ms a card`,
  );
}

const rebuilds = sizes.flatMap((n) => {
  const pairs = [
    ["site", find("site", n), find("rebuild", n)],
    ["baseline", find("baseline", n), find("baseline rebuild", n)],
  ] as const;
  return pairs.flatMap(([name, cold, rebuild]) =>
    cold && rebuild
      ? [
          {
            n,
            name,
            ratio: rebuild.seconds / cold.seconds,
            share: rebuild.rendered / (rebuild.rendered + rebuild.restored),
            rebuild,
          },
        ]
      : [],
  );
});
for (const r of rebuilds) {
  log(
    `Rebuild of the ${r.name} after one new episode, N=${r.n}: ${fmt(r.rebuild.seconds)} s, ${fmt(r.ratio, 2)}× its cold build; ` +
      `${r.rebuild.rendered} pages and files rendered, ${r.rebuild.restored} restored (${fmt(r.share * 100, 0)} % rendered)`,
  );
}

const site1000 = table.find((r) => r.kind === "site" && r.n === 1000);
const rebuild1000 = rebuilds.find((r) => r.name === "site" && r.n === 1000);
const site10k = table.find((r) => r.kind === "site" && r.n === 10_000);
const pairs1000 = pairRatios.get(1000) ?? [];
const targets = [
  site1000 &&
    `1000 episodes, cards cached: ${fmt(site1000.ratio, 2)}× the baseline, fastest against fastest` +
      (pairs1000.length > 1
        ? `; ${fmt(median(pairs1000), 2)}× the median of runs side by side (${pairs1000.map((r) => fmt(r, 2)).join(", ")})`
        : "") +
      " (target ≤ 1.6)",
  rebuild1000 &&
    `rebuild after one new episode at 1000: ${fmt(rebuild1000.ratio, 2)}× the cold build (target ≤ 0.6), ` +
      `${fmt(rebuild1000.share * 100, 0)} % of pages rendered (target ≤ 10 %)`,
  ...cards.filter((c) => c.n === 1000).map((c) => `cold card rendering: ${fmt(c.perCardMs, 0)} ms a card (aim ≤ 10)`),
  site10k?.perEpisodeVs1000 !== undefined &&
    `time per episode at 10000: ${fmt(site10k.perEpisodeVs1000, 2)}× that at 1000 (target ≤ 1.2)`,
  site10k && `peak memory at 10000: ${fmt(site10k.peakMb, 0)} MB (target ≤ 2500)`,
  `feed of 10000 items: ${feed.seconds.toFixed(2)} s (target ≤ 2)`,
].filter(Boolean);
log(`\nTargets:\n${targets.map((t) => `  ${t}`).join("\n")}`);

const resultsFile = join(OUT, "results.json");
if (existsSync(resultsFile)) {
  const previous = JSON.parse(readFileSync(resultsFile, "utf8")) as { date: string; rows: Row[] };
  const pairs = rows.flatMap((row) => {
    const old = previous.rows.find((r) => r.kind === row.kind && r.n === row.n);
    return old ? [{ row, old }] : [];
  });
  if (pairs.length) log(`\nAgainst the previous run (${previous.date}):`);
  for (const { row, old } of pairs) {
    const change = (row.seconds / old.seconds - 1) * 100;
    log(
      `  ${row.kind} N=${row.n}: ${fmt(old.seconds)} s → ${fmt(row.seconds)} s (${change >= 0 ? "+" : ""}${fmt(change, 0)} %)`,
    );
  }
  writeFileSync(join(OUT, "results.previous.json"), JSON.stringify(previous, null, 2));
}
writeFileSync(
  resultsFile,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      parallel,
      rows: table,
      pairRatios: Object.fromEntries(pairRatios),
      rebuilds,
      feed,
      cards,
    },
    null,
    2,
  ),
);
writeFileSync(
  join(OUT, "chart.svg"),
  chartSvg("Build time against episodes", [
    { name: "this site", colour: "#6d28d9", points: rows.filter((r) => r.kind === "site") },
    { name: "bare Astro", colour: "#b45309", points: rows.filter((r) => r.kind === "baseline") },
  ]),
);
log(`\nSaved ${join("bench", "out", "results.json")} and ${join("bench", "out", "chart.svg")}`);
emptyTrash();
