import { describe, expect, it } from "vitest";
import { chapterIssues } from "./chapters.ts";

const chapters = (...starts: number[]) => starts.map((start, i) => ({ start, title: `C${i}` }));

describe("chapterIssues", () => {
  it("accepts chapters in order before the end", () => expect(chapterIssues(chapters(0, 30, 59), 60)).toEqual([]));

  it("reports a chapter out of order on its own start, without sorting", () => {
    expect(chapterIssues(chapters(0, 720, 120))).toEqual([
      {
        kind: "order",
        path: ["chapters", 2, "start"],
        message: "expected a start after the previous chapter's 12:00, found 2:00: chapters run in order",
      },
    ]);
  });

  it("reports two chapters at the same start", () => {
    expect(chapterIssues(chapters(0, 30, 30)).map((i) => i.path)).toEqual([["chapters", 2, "start"]]);
  });

  it("reports a start at or after the audio's duration, only when it is known", () => {
    expect(chapterIssues(chapters(0, 60, 90), 60).map((i) => i.message)).toEqual([
      "expected a start before the end of the audio at 1:00, found 1:00",
      "expected a start before the end of the audio at 1:00, found 1:30",
    ]);
    expect(chapterIssues(chapters(0, 60, 90))).toEqual([]);
  });
});
