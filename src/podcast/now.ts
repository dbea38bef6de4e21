/**
 * The build's "now": episodes dated after it are scheduled, not published. `PODCAST_NOW`
 * (any date `Date` reads, e.g. `2030-01-01`) lets tests and previews build another day.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const given = env.PODCAST_NOW;
  if (!given) return new Date();
  const date = new Date(given);
  if (Number.isNaN(date.getTime())) throw new Error(`PODCAST_NOW: expected a date like 2030-01-01, found "${given}"`);
  return date;
}
