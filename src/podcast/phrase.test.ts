import { describe, expect, test } from "vitest";
import { dateSpan, phraseText, seasonLead, transcriptDownloads } from "./phrase.ts";

const jan4 = new Date("2024-01-04T00:00:00Z");
const feb22 = new Date("2024-02-22T00:00:00Z");

describe("the sentences pages show, read as a visitor reads them", () => {
  test("a season page's lead has a space on each side of its dates", () => {
    expect(phraseText(seasonLead(4, jan4, feb22, "en", "UTC"))).toBe(
      "4 episodes, in episode order, from Jan 4, 2024 to Feb 22, 2024.",
    );
    expect(phraseText(seasonLead(1, jan4, jan4, "en", "UTC"))).toBe("1 episode, in episode order, on Jan 4, 2024.");
  });

  test("the dates are marked up as times, in the show's time zone", () => {
    expect(dateSpan(jan4, feb22, "en", "Pacific/Honolulu")).toEqual([
      { text: "Jan 3, 2024", datetime: "2024-01-03" },
      " to ",
      { text: "Feb 21, 2024", datetime: "2024-02-21" },
    ]);
  });

  test("the transcript's downloads read 'Download the transcript: WebVTT, SRT, JSON'", () => {
    const parts = transcriptDownloads([
      { url: "/t.vtt", format: "vtt", type: "text/vtt" },
      { url: "/t.srt", format: "srt", type: "application/x-subrip" },
      { url: "/t.json", format: "json", type: "application/json" },
    ]);
    expect(phraseText(parts)).toBe("Download the transcript: WebVTT, SRT, JSON");
    expect(parts[1]).toEqual({ text: "WebVTT", href: "/t.vtt", type: "text/vtt" });
  });
});
