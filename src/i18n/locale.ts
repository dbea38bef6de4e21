import { closestName } from "../podcast/closest.ts";
import { ar } from "./ar.ts";
import { de } from "./de.ts";
import { en, type PluralKey, type Strings, type TextKey } from "./en.ts";
import { es } from "./es.ts";
import { fill, type Plural, placeholders, plural, type Vars } from "./format.ts";
import { fr } from "./fr.ts";
import { ja } from "./ja.ts";
import { pt } from "./pt.ts";

/** The built-in tables, by the language tag they are for. */
export const LOCALES: Record<string, Strings> = { en, de, fr, es, pt, ja, ar };

/** Languages written right to left. */
const RTL = new Set(["ar", "he", "fa", "ur"]);

/**
 * The built-in table for a language tag: the tag itself, then without its region (`pt-BR` → `pt`),
 * then English.
 */
export function tableFor(language: string): string {
  const tag = language.toLowerCase();
  const known = Object.keys(LOCALES);
  return known.find((code) => code.toLowerCase() === tag) ?? known.find((code) => code === tag.split("-")[0]) ?? "en";
}

export interface Locale {
  /** The show's language tag, as Intl and `lang` take it. */
  language: string;
  /** The built-in table it starts from (`pt` for `pt-BR`). */
  table: string;
  dir: "ltr" | "rtl";
  /** The table with the show's own strings over it. */
  strings: Strings;
  /** A string, filled. */
  t(key: TextKey, vars?: Vars): string;
  /** A string with a count, in the form the language uses for it. */
  n(key: PluralKey, count: number, vars?: Vars): string;
}

/** The show's own strings: any key of the table, a text for a text, forms for a string with a count. */
export type Overrides = Partial<Record<keyof Strings, string | Plural>>;

export function makeLocale(language: string, overrides: Overrides = {}): Locale {
  const table = tableFor(language);
  const strings = { ...LOCALES[table], ...overrides } as Strings;
  return {
    language,
    table,
    dir: RTL.has(language.toLowerCase().split("-")[0]) ? "rtl" : "ltr",
    strings,
    t: (key, vars) => fill(strings[key], vars, language),
    n: (key, count, vars) => plural(strings[key], count, language, vars),
  };
}

const CATEGORIES = ["zero", "one", "two", "few", "many", "other"];

/** What is wrong with one of the show's strings, or nothing. */
function overrideProblem(key: string, value: unknown): string | undefined {
  if (!Object.hasOwn(en, key)) {
    const near = closestName(key, Object.keys(en));
    return `expected a key of the interface strings, found "${key}"${near ? `: did you mean ${near}?` : " (see src/i18n/en.ts)"}`;
  }
  const english: string | Plural = en[key as keyof typeof en];
  let forms: string[];
  if (typeof english === "string") {
    if (typeof value !== "string") return `expected a text, found ${JSON.stringify(value)}`;
    forms = [value];
  } else {
    const given = value && typeof value === "object" ? Object.entries(value) : [];
    if (
      !given.length ||
      typeof (value as Plural).other !== "string" ||
      given.some(([, form]) => typeof form !== "string")
    ) {
      return `expected forms by count such as { one: "…", other: "…" }, found ${JSON.stringify(value)}`;
    }
    const odd = given.find(([category]) => !CATEGORIES.includes(category));
    if (odd) return `expected forms zero, one, two, few, many or other, found ${odd[0]}`;
    forms = given.map(([, form]) => form as string);
  }
  const allowed = new Set(
    typeof english === "string" ? placeholders(english) : Object.values(english).flatMap(placeholders),
  );
  const unknown = forms.flatMap(placeholders).find((name) => !allowed.has(name));
  if (unknown === undefined) return undefined;
  const names = [...allowed].map((name) => `{${name}}`).join(", ");
  return `expected ${names ? `only ${names} in braces` : "no {placeholder}"}, found {${unknown}}`;
}

/**
 * What is wrong with a show's own strings, key by key (`expected …, found …`): a key the table
 * does not have, a text where the table has forms by count or the other way, a placeholder the
 * string cannot fill.
 */
export const overrideProblems = (overrides: Record<string, unknown>): { key: string; message: string }[] =>
  Object.entries(overrides).flatMap(([key, value]) => {
    const message = overrideProblem(key, value);
    return message ? [{ key, message }] : [];
  });
