import { describe, expect, test } from "vitest";
import { makeLocale } from "../i18n/locale.ts";
import { dateSpan, phrase, phraseText, seasonLead, transcriptDownloads } from "./phrase.ts";

const en = makeLocale("en");

const jan4 = new Date("2024-01-04T00:00:00Z");
const feb22 = new Date("2024-02-22T00:00:00Z");

describe("the sentences pages show, read as a visitor reads them", () => {
  test("a season page's lead has a space on each side of its dates", () => {
    expect(phraseText(seasonLead(4, jan4, feb22, en, "UTC"))).toBe(
      "4 episodes, in episode order, from Jan 4, 2024 to Feb 22, 2024.",
    );
    expect(phraseText(seasonLead(1, jan4, jan4, en, "UTC"))).toBe("1 episode, in episode order, on Jan 4, 2024.");
  });

  test("the dates are marked up as times, in the show's time zone", () => {
    expect(dateSpan(jan4, feb22, en, "Pacific/Honolulu")).toEqual([
      { text: "Jan 3, 2024", datetime: "2024-01-03" },
      " to ",
      { text: "Feb 21, 2024", datetime: "2024-02-21" },
    ]);
  });

  test("the transcript's downloads read 'Download the transcript: WebVTT, SRT, JSON'", () => {
    const parts = transcriptDownloads(
      [
        { url: "/t.vtt", format: "vtt", type: "text/vtt" },
        { url: "/t.srt", format: "srt", type: "application/x-subrip" },
        { url: "/t.json", format: "json", type: "application/json" },
      ],
      en,
    );
    expect(phraseText(parts)).toBe("Download the transcript: WebVTT, SRT, JSON");
    expect(parts[1]).toEqual({ text: "WebVTT", href: "/t.vtt", type: "text/vtt" });
  });

  test("in the show's language, each puts its dates where its grammar does", () => {
    const de = makeLocale("de");
    expect(phraseText(seasonLead(4, jan4, feb22, de, "UTC"))).toBe(
      "4 Folgen in Folgenreihenfolge, vom 4. Jan. 2024 bis 22. Feb. 2024.",
    );
    expect(phraseText(dateSpan(jan4, feb22, makeLocale("fr"), "UTC"))).toBe("du 4 janv. 2024 au 22 févr. 2024");
    expect(phraseText(seasonLead(2, jan4, feb22, makeLocale("ar"), "UTC"))).toBe(
      "حلقتان بترتيب الحلقات، من 4 يناير 2024 إلى 22 فبراير 2024.",
    );
  });

  test("a placeholder takes its parts, the words around it stay as written", () => {
    const link = { text: "the page", href: "/x/" };
    expect(phrase("Moved to {link}.", { link })).toEqual(["Moved to ", link, "."]);
    expect(phrase("{a}{b}", { a: "1", b: ["2", "3"] })).toEqual(["1", "2", "3"]);
  });
});
