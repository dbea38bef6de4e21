/**
 * Runs `work` on each item in turn, giving the event loop a turn every few milliseconds. The work
 * reads and writes files with Node's synchronous calls: handing thousands of small reads and writes
 * to Node's I/O threads cost about twice the time on a two-core machine, where Pagefind's process
 * and the feed's lint share the cores. The turns keep the build's own asynchronous steps moving
 * (Astro's, Pagefind's pipe): a turn every 64 pages held Astro's end of the build back by a second.
 */
export async function inTurns<T>(items: Iterable<T>, work: (item: T) => void, slice = 4): Promise<void> {
  let since = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - since < slice) continue;
    await new Promise(setImmediate);
    since = performance.now();
  }
}
