import { expect, it } from "vitest";
import { pageCounts, phaseClock } from "./phases.ts";

it("splits a build's time by the lines Astro prints between its steps", () => {
  let t = 100;
  const clock = phaseClock(() => t);
  const at = (seconds: number, line: string) => {
    t = 100 + seconds;
    clock.line(line);
  };
  at(2, "12:00:02 [content] Syncing content");
  at(3, "12:00:03 [build] ✓ Completed in 1.0s.");
  at(3.5, "12:00:03 [build] Building static entrypoints...");
  at(4.5, " generating static routes ");
  at(5, "12:00:05   ├─ /episodes/a/index.html (+3ms)");
  at(9, "12:00:09 ✓ Completed in 4.5s.");
  at(9, " generating optimized images ");
  at(9.5, "12:00:09 [build] ✓ Completed in 7.5s.");
  at(11, "12:00:11 [build] Complete!");
  expect(clock.seconds(11)).toEqual({ start: 2, content: 1.5, bundle: 1, pages: 4.5, images: 0.5, after: 1.5 });
});

it("gives no time to a step the build skips", () => {
  let t = 0;
  const clock = phaseClock(() => t);
  for (const [seconds, line] of [
    [1, "[content] Syncing content"],
    [2, "Building static entrypoints..."],
    [3, " generating static routes "],
    [5, "[build] ✓ Completed in 4s."],
  ] as const) {
    t = seconds;
    clock.line(line);
  }
  expect(clock.seconds(6)).toMatchObject({ pages: 2, images: 0, after: 1 });
});

it("counts the pages a build rendered and those it restored from its incremental cache", () => {
  const output = [
    " generating static routes ",
    "12:00:05   ├─ /404.html12:00:05   ├─ /about/index.html (+10ms) ",
    "12:00:05   ├─ /episodes/a/index.html (restored)",
    "12:00:05   ├─ /episodes/b/index.html (cached)",
    "12:00:05   ├─ /rss.xml (+3ms) ",
    " (+2ms) ",
  ].join("\n");
  expect(pageCounts(output)).toEqual({ rendered: 3, restored: 2 });
});
