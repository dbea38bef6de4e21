// Where a build's time goes, told from the lines Astro prints as it moves from one step to the next.

export const PHASES = ["start", "content", "bundle", "pages", "images", "after"] as const;
export type Phase = (typeof PHASES)[number];

/** The phase a line of Astro's output opens, if it opens one. */
const OPENS: [RegExp, Phase][] = [
  [/\[content\] Syncing content/, "content"],
  [/Building static entrypoints/, "bundle"],
  [/generating static routes/, "pages"],
  [/generating optimized images/, "images"],
  // The build's own end: what follows is the integrations' build-done hooks.
  [/\[build\] ✓ Completed in .*$/, "after"],
];

/**
 * Records when each phase opens, from a clock started with the build, and gives the seconds spent
 * in each once the build ends. A phase the build skipped (a site without images) takes none.
 */
export function phaseClock(now: () => number = () => performance.now() / 1000) {
  const start = now();
  const opened = new Map<Phase, number>([["start", 0]]);
  let current: Phase = "start";
  return {
    line(line: string) {
      const phase = OPENS.find(([pattern]) => pattern.test(line))?.[1];
      // "✓ Completed" also ends earlier steps: only the one after the pages opens the last phase.
      if (!phase || PHASES.indexOf(phase) <= PHASES.indexOf(current)) return;
      if (phase === "after" && PHASES.indexOf(current) < PHASES.indexOf("pages")) return;
      opened.set(phase, now() - start);
      current = phase;
    },
    seconds(total: number): Record<Phase, number> {
      const times = PHASES.map((phase) => opened.get(phase));
      return Object.fromEntries(
        PHASES.map((phase, i) => {
          const from = times[i];
          const to = times.slice(i + 1).find((t) => t !== undefined) ?? total;
          return [phase, from === undefined ? 0 : to - from];
        }),
      ) as Record<Phase, number>;
    },
  };
}

/**
 * How many of a build's pages and files Astro rendered, and how many it restored from its
 * incremental cache, told from the lines it prints for each (`├─ /path`, then the time or
 * `(restored)`; pages rendering at once may share a line).
 */
export function pageCounts(output: string): { rendered: number; restored: number } {
  const listed = output.match(/[├└]─ \//g)?.length ?? 0;
  const restored = output.match(/\((?:restored|cached)\)/g)?.length ?? 0;
  return { rendered: listed - restored, restored };
}
