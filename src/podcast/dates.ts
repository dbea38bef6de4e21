/**
 * Dates as editors write them. Only ISO 8601 and TOML forms are read (`2024-02-22`,
 * `2024-02-22T10:00:00+01:00`, `2024-02-22 10:00`), and only real calendar dates: JavaScript's
 * `Date` would turn `2024-02-30` into March 1 and read `"03/04/2024"` in the build machine's time
 * zone. A date without an offset is read in the show's time zone, never the machine's.
 */

import { intlOnce } from "../i18n/format.ts";

/** What the messages name as the expected form. */
export const DATE_FORM = "a date like 2024-02-22";

const FORM =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*([Zz]|[+-]\d{2}:\d{2})?)?$/;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export interface WrittenDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Whether a time of day was written. */
  hasTime: boolean;
  /** The offset from UTC in minutes, when one was written (`Z` is 0). */
  offset?: number;
}

/** Reads a date as written, or says what is wrong with it (`expected …, found …`). */
export function readDate(text: string): { date: WrittenDate } | { problem: string } {
  const found = `found "${text}"`;
  const match = FORM.exec(text.trim());
  if (!match) return { problem: `expected ${DATE_FORM} (year-month-day) or 2024-02-22T10:00:00+01:00, ${found}` };
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12) return { problem: `expected ${DATE_FORM} with a month from 01 to 12, ${found}` };
  if (day < 1 || day > daysIn(year, month)) {
    return {
      problem: `expected ${DATE_FORM} that is a real day, ${found}: ${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days`,
    };
  }
  const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) {
    return { problem: `expected a time of day from 00:00:00 to 23:59:59, ${found}` };
  }
  let offset: number | undefined;
  if (zone) {
    const [, sign, oh, om] = /^([+-])(\d{2}):(\d{2})$/.exec(zone) ?? ["", "+", "0", "0"];
    if (Number(oh) > 14 || Number(om) > 59) return { problem: `expected an offset from -14:00 to +14:00, ${found}` };
    offset = (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  }
  const millisecond = Math.floor(Number(`0.${frac ?? 0}`) * 1000);
  return { date: { year, month, day, hour, minute, second, millisecond, hasTime: h !== undefined, offset } };
}

// Creating a DateTimeFormat costs far more than using one, and a list page formats dozens of dates.
const cached = (key: string, make: () => Intl.DateTimeFormat) => intlOnce(`date ${key}`, make);

/** Whether `name` is a time zone this machine's Intl knows (an IANA name such as Europe/Berlin). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock parts of an instant in a time zone. */
function wallClock(instant: number, timeZone: string) {
  const format = cached(`parts:${timeZone}`, () =>
    Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }),
  );
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: +parts.year,
    month: +parts.month,
    day: +parts.day,
    hour: +parts.hour,
    minute: +parts.minute,
    second: +parts.second,
  };
}

const isUtc = (timeZone: string) => timeZone === "UTC" || timeZone === "Etc/UTC";

/** How far the time zone is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  // UTC, the default, needs no Intl: a build reads a date for every episode, and pages show them all.
  if (isUtc(timeZone)) return 0;
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant a written date stands for: with an offset, that instant; without one, that wall time
 * (midnight for a date alone) in the show's time zone.
 */
export function toInstant(date: WrittenDate, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute, date.second, date.millisecond);
  if (date.offset !== undefined) return new Date(wall - date.offset * 60_000);
  const guess = wall - zoneOffset(wall, timeZone);
  // Across a change of the clocks the offset at the guess may differ from the one at the result.
  return new Date(wall - zoneOffset(guess, timeZone));
}

/** `toInstant` of a date as written, for text the schema has already checked. */
export function dateIn(text: string, timeZone: string): Date {
  const read = readDate(text);
  if ("problem" in read) throw new Error(read.problem);
  return toInstant(read.date, timeZone);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `2024-02-22`: the day in the show's time zone, for `<time datetime>`. */
export function isoDate(date: Date, timeZone = "UTC"): string {
  if (isUtc(timeZone)) return date.toISOString().slice(0, 10);
  const w = wallClock(date.getTime(), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * `Feb 22, 2024` in the show's language (`22. Feb. 2024`, `22 févr. 2024`, `2024年2月22日`), the day
 * as it is in the show's time zone.
 */
export function formatDate(date: Date, language: string, timeZone = "UTC"): string {
  const format = cached(
    `${language}:${timeZone}`,
    () => new Intl.DateTimeFormat(language, { day: "numeric", month: "short", year: "numeric", timeZone }),
  );
  return format.format(date);
}
