import { describe, expect, it } from "vitest";
import { parseCues } from "./transcript.ts";

describe("parseCues", () => {
  it("reads WebVTT cues with their start, voices and tags", () => {
    const vtt =
      "WEBVTT\n\nNOTE a comment\n\n1\n00:00:00.000 --> 00:00:04.000\n<v Ada>Hello <b>there</b></v>\n\n01:02:04.500 --> 01:02:09.000\nTom &amp; Jerry\nsecond line\n";
    expect(parseCues(vtt)).toEqual([
      { start: 0, text: "Ada: Hello there" },
      { start: 3724.5, text: "Tom & Jerry second line" },
    ]);
  });

  it("reads SRT cues", () => {
    expect(parseCues("1\r\n00:00:04,250 --> 00:00:06,000\r\nA line\r\n")).toEqual([{ start: 4.25, text: "A line" }]);
  });
});
