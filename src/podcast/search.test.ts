import { describe, expect, it } from "vitest";
import { cueId, cueIds, excerptOf, momentOf, resultUrl } from "./search.ts";

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

describe("an excerpt", () => {
  const content = "S01 E06. Sentry. Arpad Borsos, Engineer. In this episode we talk about crash reports and the tools";
  const words = content.split(" ");
  const from = words.indexOf("In");
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

  it("starts after the title, label and guests, which the card shows", () => {
    const parts = excerptOf(content, [words.indexOf("Sentry.")], from, 6);
    expect(text(parts)).toBe("In this episode we talk about …");
    expect(parts.some((p) => p.mark)).toBe(false);
  });

  it("marks the matched words, and leaves out words on either side with an ellipsis", () => {
    const parts = excerptOf(content, [words.indexOf("crash")], from, 4);
    expect(text(parts)).toBe("… about crash reports and …");
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["crash"]);
  });

  it("ends at the last word without an ellipsis", () => {
    expect(text(excerptOf(content, [words.indexOf("tools")], from, 4))).toBe("… reports and the tools");
  });
});
