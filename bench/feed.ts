// Times the podcast feed for many items: the pure `renderFeed` on synthetic episodes with ~1.5 KB
// of HTML notes each. Prints the seconds; with --json, one JSON line for `bench/run.ts`.
// Usage: npm run bench:feed [-- --items=10000]
import "../scripts/src-hooks.ts";
import { syntheticEpisode } from "./episodes.ts";

const { episodeSchema } = await import("../src/podcast/schema.ts");
const { toEpisode } = await import("../src/podcast/episode.ts");
const { renderFeed } = await import("../src/feed/render.ts");
const { lintFeed } = await import("../src/feed/lint.ts");
const { default: show } = await import("../src/show.config.ts");

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const items = Number(arg("items") ?? 10_000);

const notes = new Map<string, string>();
const episodes = Array.from({ length: items }, (_, i) => {
  const synthetic = syntheticEpisode(i);
  notes.set(synthetic.slug, synthetic.html);
  const data = episodeSchema.parse(synthetic.data);
  return toEpisode(
    { id: synthetic.slug, data, body: synthetic.body, filePath: `src/content/episodes/${synthetic.file}` },
    { site: show.site, explicit: show.explicit, timeZone: show.timeZone, locale: show.locale },
  );
}).reverse();

// One warm-up run on a small feed so that the figure is the steady cost, not the JIT's.
renderFeed(show, episodes.slice(0, 100), notes);
const start = performance.now();
const xml = renderFeed(show, episodes, notes);
const seconds = (performance.now() - start) / 1000;
// The build checks every feed it writes against the feed rules: that is part of its cost.
const lintStart = performance.now();
const problems = lintFeed(xml).length;
const lintSeconds = (performance.now() - lintStart) / 1000;
const result = { items, seconds, lintSeconds, problems, megabytes: Buffer.byteLength(xml) / 1e6 };

if (process.argv.includes("--json")) console.log(JSON.stringify(result));
else {
  console.log(
    `Feed of ${items} items: ${seconds.toFixed(2)} s (${result.megabytes.toFixed(1)} MB of XML), ` +
      `checked against the feed rules in ${lintSeconds.toFixed(2)} s (${problems} problems)`,
  );
}
