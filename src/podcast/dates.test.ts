import { describe, expect, it } from "vitest";
import { dateIn, formatDate, isoDate, isTimeZone, readDate } from "./dates.ts";

describe("dates as editors write them", () => {
  it.each([
    ["2024-02-22", "2024-02-22T00:00:00.000Z"],
    ["2024-02-22T10:30:00Z", "2024-02-22T10:30:00.000Z"],
    ["2024-02-22T10:30:00+01:00", "2024-02-22T09:30:00.000Z"],
    ["2024-02-22 10:30", "2024-02-22T10:30:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2024-02-22T10:30:00.250-05:30", "2024-02-22T16:00:00.250Z"],
  ])("reads %s in UTC as %s", (text, iso) => expect(dateIn(text, "UTC").toISOString()).toBe(iso));

  it.each([
    ["2024-02-30", /found "2024-02-30": February 2024 has 29 days$/],
    ["2023-02-29", /February 2023 has 28 days$/],
    ["2024-13-01", /with a month from 01 to 12, found "2024-13-01"$/],
    ["2024-02-22T24:00", /expected a time of day from 00:00:00 to 23:59:59, found "2024-02-22T24:00"$/],
    ["2024-02-22T10:00+15:00", /expected an offset from -14:00 to \+14:00/],
    ["March 5", /^expected a date like 2024-02-22 \(year-month-day\) or 2024-02-22T10:00:00\+01:00, found "March 5"$/],
    ["03/04/2024", /found "03\/04\/2024"$/],
    ["2024-2-5", /found "2024-2-5"$/],
  ])("rejects %s, naming what it found and the form expected", (text, message) => {
    const read = readDate(text);
    expect("problem" in read && read.problem).toMatch(message);
  });

  it("reads a date without an offset in the show's time zone, across a change of the clocks", () => {
    expect(dateIn("2024-03-01", "Pacific/Auckland").toISOString()).toBe("2024-02-29T11:00:00.000Z");
    expect(dateIn("2024-07-01T09:30", "Europe/Berlin").toISOString()).toBe("2024-07-01T07:30:00.000Z");
    expect(dateIn("2024-01-01T09:30", "Europe/Berlin").toISOString()).toBe("2024-01-01T08:30:00.000Z");
    // The day the clocks go forward in New York, 03:30 local is 07:30 UTC.
    expect(dateIn("2024-03-10T03:30", "America/New_York").toISOString()).toBe("2024-03-10T07:30:00.000Z");
  });

  it("shows an instant as the day it is in the show's time zone", () => {
    const instant = new Date("2024-03-01T15:00:00Z");
    expect(isoDate(instant, "UTC")).toBe("2024-03-01");
    expect(isoDate(instant, "Pacific/Kiritimati")).toBe("2024-03-02");
    expect(formatDate(instant, "en", "Pacific/Kiritimati")).toBe("Mar 2, 2024");
    expect(formatDate(instant, "en", "America/Adak")).toBe("Mar 1, 2024");
  });

  it("writes a day as the show's language does, month names from Intl", () => {
    const day = new Date("2024-02-22T12:00:00Z");
    expect(formatDate(day, "de", "UTC")).toBe("22. Feb. 2024");
    expect(formatDate(day, "fr", "UTC")).toBe("22 févr. 2024");
    expect(formatDate(day, "pt-BR", "UTC")).toBe("22 de fev. de 2024");
    expect(formatDate(day, "ja", "UTC")).toBe("2024年2月22日");
    expect(formatDate(day, "ar", "UTC")).toBe("22 فبراير 2024");
  });

  it("knows IANA time zone names", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
