/**
 * How an interface string is filled in, the same on the server and in the pages' scripts: this
 * file imports nothing, so that a script that needs it brings no table and no show config.
 */

/** A string with a count: one form per plural category of the locale (`Intl.PluralRules`), `other` always. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** What fills a string's `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/** The `{name}`s a string holds. */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

// Making Intl's formatters and rules costs far more than using them, and the build fills strings
// with numbers and dates on every one of a thousand pages: each is made once, by what it is for.
const made = new Map<string, unknown>();

/** The Intl object `key` names, made by `make` the first time it is asked for. */
export function intlOnce<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** The number formatter of `language` with `options`. */
export const numberFormat = (language: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  intlOnce(`number ${language} ${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(language, options));

/**
 * `Play {title}` with `{ title: "Sentry" }` → `Play Sentry`. A number is written as the locale
 * writes numbers; a placeholder without a value stays as it is, where a test sees it.
 */
export function fill(template: string, vars: Vars = {}, language = "en"): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numberFormat(language).format(value) : value;
  });
}

/** The form of a plural string for `count` in `language`, `other` where the table has no better. */
export function pluralForm(forms: Plural, count: number, language: string): string {
  const rule = intlOnce(`plural ${language}`, () => new Intl.PluralRules(language));
  // Languages with a form of their own for zero (Arabic) take it; others read 0 by their rules.
  return forms[rule.select(count)] ?? forms.other;
}

/** A plural string for `count`, filled: `{count}` is the number as the locale writes it. */
export const plural = (forms: Plural, count: number, language: string, vars: Vars = {}): string =>
  fill(pluralForm(forms, count, language), { count, ...vars }, language);
