import { makeLocale } from "../i18n/locale.ts";
import { describe, expect, it } from "vitest";
import { formatClock, formatLength, isoDuration, parseDuration } from "./duration.ts";

describe("durations", () => {
  it.each([
    [3725, 3725],
    ["3725", 3725],
    ["1:02:05", 3725],
    ["62:05", 3725],
    ["0:30", 30],
    [12.6, 13],
    ["1:60", undefined],
    ["abc", undefined],
    [-1, undefined],
  ])("reads %s as %s seconds", (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it("formats for players, lists and machines", () => {
    expect(formatClock(3725)).toBe("1:02:05");
    expect(formatClock(305)).toBe("5:05");
    expect(formatLength(3725, makeLocale("en"))).toBe("1 h 2 min");
    expect(formatLength(42, makeLocale("en"))).toBe("42 s");
    expect(formatLength(3600, makeLocale("en"))).toBe("1 h");
    expect(formatLength(300, makeLocale("en"))).toBe("5 min");
    expect(isoDuration(3725)).toBe("PT1H2M5S");
  });

  it("writes a length in the show's language", () => {
    expect(formatLength(3725, makeLocale("ja"))).toBe("1時間2分");
    expect(formatLength(57, makeLocale("ar"))).toBe("57 ث");
    expect(formatLength(3900, makeLocale("de"))).toBe("1 h 5 min");
  });
});
