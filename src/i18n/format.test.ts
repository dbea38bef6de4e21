import { describe, expect, it } from "vitest";
import { fill, placeholders, plural, pluralForm, numberFormat } from "./format.ts";

describe("filling a string", () => {
  it("puts each value in its placeholder, numbers as the language writes them", () => {
    expect(fill("Play {title}", { title: "Sentry" })).toBe("Play Sentry");
    expect(fill("Seite {page} von {pages}", { page: 2, pages: 1200 }, "de")).toBe("Seite 2 von 1.200");
  });

  it("never reads a value as a template: a title with braces stays as written", () => {
    expect(fill("Play {title}", { title: "{title} and {count}" })).toBe("Play {title} and {count}");
  });

  it("leaves a placeholder without a value where a test sees it", () => {
    expect(fill("Resume at {time}")).toBe("Resume at {time}");
    expect(placeholders("{count} episodes of {show}")).toEqual(["count", "show"]);
  });
});

describe("plural forms", () => {
  const forms = { one: "{count} episode", other: "{count} episodes" };

  it("take the form of the language's category for the count", () => {
    expect(plural(forms, 1, "en")).toBe("1 episode");
    expect(plural(forms, 0, "en")).toBe("0 episodes");
    // French counts 0 as one, and Arabic has a form of its own for two.
    expect(pluralForm({ one: "un", other: "autres" }, 0, "fr")).toBe("un");
    expect(pluralForm({ two: "حلقتان", other: "x" }, 2, "ar")).toBe("حلقتان");
  });

  it("fall back to other where a table has no form for the category", () => {
    expect(pluralForm({ other: "{count} エピソード" }, 1, "ja")).toBe("{count} エピソード");
    expect(pluralForm({ other: "many" }, 1, "en")).toBe("many");
  });
});

describe("number formats", () => {
  it("write numbers as the language does, with one formatter for each language and options", () => {
    expect(numberFormat("de").format(1234.5)).toBe("1.234,5");
    expect(numberFormat("de", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(2)).toBe("2,0");
    expect(numberFormat("de")).toBe(numberFormat("de"));
    expect(numberFormat("de", { maximumFractionDigits: 0 })).not.toBe(numberFormat("de"));
    expect(fill("{n} episodes", { n: 1200 }, "fr")).toBe("1\u202f200 episodes");
  });
});
