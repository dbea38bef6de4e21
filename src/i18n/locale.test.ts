import { describe, expect, it } from "vitest";
import { en, type Strings } from "./en.ts";
import { placeholders, type Plural } from "./format.ts";
import { LOCALES, makeLocale, overrideProblems, tableFor } from "./locale.ts";

const KEYS = Object.keys(en).sort();
const entries = Object.entries(LOCALES);

describe("the built-in locales", () => {
  it("are English, German, French, Spanish, Portuguese (Brazil), Japanese and Arabic", () => {
    expect(Object.keys(LOCALES).sort()).toEqual(["ar", "de", "en", "es", "fr", "ja", "pt"]);
  });

  it.each(entries)("%s has every key of the English table, and no other", (_, strings) => {
    expect(Object.keys(strings).sort()).toEqual(KEYS);
  });

  it.each(entries)("%s has a text where English has one, and forms by count where English has them", (_, strings) => {
    for (const key of KEYS) {
      const english = (en as Record<string, unknown>)[key];
      const value = (strings as Record<string, unknown>)[key];
      expect(typeof value, key).toBe(typeof english);
      if (typeof value === "string") expect(value.trim(), key).not.toBe("");
    }
  });

  it.each(entries)("%s fills the placeholders English fills, no other", (_, strings) => {
    for (const key of KEYS) {
      const english = (en as Record<string, string | Plural>)[key];
      const value = (strings as Record<string, string | Plural>)[key];
      const allowed = new Set(
        typeof english === "string" ? placeholders(english) : Object.values(english).flatMap(placeholders),
      );
      const used = typeof value === "string" ? placeholders(value) : Object.values(value).flatMap(placeholders);
      expect(
        used.filter((name) => !allowed.has(name)),
        key,
      ).toEqual([]);
      // A text names what English names: a sentence that drops the title or the count misleads.
      if (typeof value === "string") expect(new Set(used), key).toEqual(allowed);
    }
  });

  it.each(entries)("%s writes only the plural forms its language has", (code, strings) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const key of KEYS) {
      const value = (strings as Record<string, string | Plural>)[key];
      if (typeof value !== "string") expect(categories, key).toEqual(expect.arrayContaining(Object.keys(value)));
    }
  });
});

describe("counts", () => {
  const counts = [0, 1, 2, 5, 21];
  const expected: Record<string, string[]> = {
    en: ["0 episodes", "1 episode", "2 episodes", "5 episodes", "21 episodes"],
    de: ["0 Folgen", "1 Folge", "2 Folgen", "5 Folgen", "21 Folgen"],
    fr: ["0 épisode", "1 épisode", "2 épisodes", "5 épisodes", "21 épisodes"],
    es: ["0 episodios", "1 episodio", "2 episodios", "5 episodios", "21 episodios"],
    pt: ["0 episódio", "1 episódio", "2 episódios", "5 episódios", "21 episódios"],
    ja: ["0 エピソード", "1 エピソード", "2 エピソード", "5 エピソード", "21 エピソード"],
    ar: ["لا حلقات", "حلقة واحدة", "حلقتان", "5 حلقات", "21 حلقة"],
  };

  it.each(Object.entries(expected))("take the form %s uses for 0, 1, 2, 5 and 21", (code, forms) => {
    const locale = makeLocale(code);
    expect(counts.map((count) => locale.n("episodeCount", count))).toEqual(forms);
  });

  it("write the number as the locale does", () => {
    expect(makeLocale("en").n("episodeCount", 1200)).toBe("1,200 episodes");
    expect(makeLocale("de").n("episodeCount", 1200)).toBe("1.200 Folgen");
    expect(makeLocale("fr").n("episodeCount", 1_000_000)).toBe("1\u202f000\u202f000 d’épisodes");
  });
});

describe("the show's language", () => {
  it("picks its table, then the table without the region, then English", () => {
    expect(tableFor("de")).toBe("de");
    expect(tableFor("pt-BR")).toBe("pt");
    expect(tableFor("pt-br")).toBe("pt");
    expect(tableFor("en-us")).toBe("en");
    expect(tableFor("nl")).toBe("en");
    expect(tableFor("nl-BE")).toBe("en");
    expect(makeLocale("pt-BR").t("play")).toBe("Tocar");
    expect(makeLocale("nl").t("play")).toBe("Play");
  });

  it("keeps the tag as the show wrote it for Intl and the page's lang", () => {
    expect(makeLocale("pt-BR").language).toBe("pt-BR");
  });

  it("writes Arabic, Hebrew, Persian and Urdu right to left, every other left to right", () => {
    for (const code of ["ar", "he", "fa", "ur", "ar-EG", "he-IL"]) expect(makeLocale(code).dir, code).toBe("rtl");
    for (const code of ["en", "de", "ja", "pt-BR", "arn"]) expect(makeLocale(code).dir, code).toBe("ltr");
  });
});

describe("a show's own strings", () => {
  it("replace the table's", () => {
    const locale = makeLocale("de", { play: "Hören", episodeCount: { one: "eine Folge", other: "{count} Folgen" } });
    expect(locale.t("play")).toBe("Hören");
    expect(locale.t("pause")).toBe("Pausieren");
    expect(locale.n("episodeCount", 1)).toBe("eine Folge");
  });

  it("are checked: an unknown key is named, with the key it may mean", () => {
    expect(overrideProblems({ play: "Listen", Plai: "x", playtitle: "Play {title}", banana: "x" })).toEqual([
      { key: "Plai", message: 'expected a key of the interface strings, found "Plai": did you mean play?' },
      {
        key: "playtitle",
        message: 'expected a key of the interface strings, found "playtitle": did you mean playTitle?',
      },
      { key: "banana", message: 'expected a key of the interface strings, found "banana" (see src/i18n/en.ts)' },
    ]);
  });

  it("are checked: forms where the table counts, a text elsewhere, and only its placeholders", () => {
    expect(overrideProblems({ episodeCount: "episodes" })[0].message).toMatch(/^expected forms by count such as/);
    expect(overrideProblems({ episodeCount: { one: "one" } })[0].message).toMatch(/^expected forms by count such as/);
    expect(overrideProblems({ episodeCount: { single: "x", other: "{count}" } })[0].message).toBe(
      "expected forms zero, one, two, few, many or other, found single",
    );
    expect(overrideProblems({ play: { other: "Play" } })[0].message).toBe('expected a text, found {"other":"Play"}');
    expect(overrideProblems({ playTitle: "Play {name}" })).toEqual([
      { key: "playTitle", message: "expected only {title} in braces, found {name}" },
    ]);
    expect(overrideProblems({ play: "Listen {title}" })[0].message).toBe("expected no {placeholder}, found {title}");
  });
});

describe("the type of a table", () => {
  it("refuses a table without a key of English's (astro check fails on the line below otherwise)", () => {
    const { play: _, ...withoutPlay } = en;
    // @ts-expect-error a table without `play` is not a whole table
    const table: Strings = withoutPlay;
    expect(Object.keys(table)).not.toContain("play");
  });
});
