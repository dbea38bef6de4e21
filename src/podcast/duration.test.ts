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
    expect(formatLength(3725)).toBe("1 h 2 min");
    expect(formatLength(42)).toBe("42 s");
    expect(isoDuration(3725)).toBe("PT1H2M5S");
  });
});
