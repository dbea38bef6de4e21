/** Runs of what Markdown and HTML open, which hostile notes repeat and never close. */
export const UNCLOSED_MARKDOWN = [
  "*",
  "_",
  "[",
  "<",
  "`",
  "*a ",
  "_a ",
  " *a",
  "**a ",
  "~~a ",
  "[a](",
  "![a](",
  "[a][",
  "<a ",
  "<i ",
  "<!--",
];

/** Processor time of one call, in milliseconds: other work on the machine does not count. */
export function cpuTime(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * Whether `work` takes time in proportion to its input: for `unit` repeated to `from` characters and
 * again to `to`, twice the text takes at most three times as long (`slack` milliseconds are the
 * timer's noise on the small size). Each pair is the quickest of interleaved runs, with two more
 * tries before it counts as slower than linear. The small pair makes a step that grows with the
 * square of the text fail in a second, not after minutes over the large one; the pairs in between
 * are left out, since V8 moves a string of about a megabyte to other memory once, which makes one
 * doubling there cost more than twice as much on its own.
 */
export function growsLinearly(
  work: (text: string) => unknown,
  unit: string,
  { from = 64 * 1024, to = 1024 * 1024, slack = 2 } = {},
): boolean {
  for (const size of new Set([from, to])) {
    const one = unit.repeat(Math.ceil(size / unit.length));
    const two = one + one;
    let linear = false;
    for (let attempt = 0; attempt < 3 && !linear; attempt++) {
      let [a, b] = [Infinity, Infinity];
      for (let run = 0; run < 3; run++) {
        a = Math.min(
          a,
          cpuTime(() => work(one)),
        );
        b = Math.min(
          b,
          cpuTime(() => work(two)),
        );
      }
      linear = b <= 3 * a + slack;
    }
    if (!linear) return false;
  }
  return true;
}
