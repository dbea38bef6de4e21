import { describe, expect, it } from "vitest";
import { cueId, cueIds, momentOf, resultUrl } from "./search.ts";

describe("search", () => {
  it("finds the moment of a hit from the cue before it", () => {
    const anchors = [
      { id: "main", location: 0 },
      { id: cueId(0), location: 5 },
      { id: cueId(4.8), location: 12 },
      { id: cueId(61), location: 30 },
    ];
    expect(momentOf([14], anchors)).toBe(4);
    expect(momentOf([31, 6], anchors)).toBe(0);
    expect(momentOf([40], anchors)).toBe(61);
  });

  it("has no moment for a hit before the transcript, or on a page without one", () => {
    expect(momentOf([2], [{ id: "t-3", location: 5 }])).toBeUndefined();
    expect(momentOf([2], [])).toBeUndefined();
  });

  it("gives an id to the first cue of each second only", () => {
    expect(cueIds([0, 0.5, 4.8, 4.9, 61])).toEqual(["t-0", undefined, "t-4", undefined, "t-61"]);
  });

  it("opens the episode at the moment", () => {
    expect(resultUrl("/episodes/a/", 83)).toBe("/episodes/a/?t=83");
    expect(resultUrl("/episodes/a/", undefined)).toBe("/episodes/a/");
  });
});
