import { z } from "astro/zod";

/**
 * A value YAML would read as a number although it is not written in plain digits (`1e2`, `0x10`,
 * `05124`, `1_000`, `.inf`), or one too big to keep exactly. The front-matter reader keeps its text
 * so that a message can show what the editor wrote, and every field rejects it.
 */
export class UnquotedNumber {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** Describes a front-matter value the way an editor wrote it, for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return `"${value}"`;
  if (value instanceof UnquotedNumber) return value.text;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a table";
  return String(value);
}

type Issue = z.core.$ZodRawIssue;

const TYPES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a table",
  date: "a date",
};

const FORMATS: Record<string, string> = {
  url: "a URL",
  email: "an email address",
  uuid: "a UUID",
  datetime: "a date and time",
  date: "a date",
};

/** `["a", "b", "c"]` → `a, b or c`. */
export const oneOf = (values: readonly unknown[]) =>
  values.length < 2 ? values.map(String).join("") : `${values.slice(0, -1).map(String).join(", ")} or ${values.at(-1)}`;

/** What the issue says was expected, in words, when the schema gives no description. */
function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return TYPES[issue.expected] ?? issue.expected;
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "text" : `text of at least ${min} characters`;
      if (issue.origin === "array" || issue.origin === "set") return `at least ${min} ${min === 1 ? "item" : "items"}`;
      return issue.inclusive ? `a number of ${min} or more` : `a number over ${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `text of at most ${max} characters`;
      if (issue.origin === "array" || issue.origin === "set") return `at most ${max} items`;
      return issue.inclusive ? `a number of ${max} or less` : `a number under ${max}`;
    }
    case "invalid_format":
      return FORMATS[issue.format] ?? (issue.format === "regex" ? `text matching ${issue.pattern}` : issue.format);
    case "invalid_value":
      return oneOf(issue.values);
    case "unrecognized_keys":
      return "no other fields";
    default:
      return "a valid value";
  }
}

/** A hint for a value that is nearly right: a number where text belongs wants quotes. */
function hint(issue: Issue): string {
  const wantsText = issue.code === "invalid_type" && issue.expected === "string";
  if (wantsText && (issue.input instanceof UnquotedNumber || typeof issue.input === "number")) {
    return `, which YAML reads as a number: write it in quotes, "${describe(issue.input)}"`;
  }
  return "";
}

const descriptionOf = (issue: Issue): string | undefined => {
  const schema = (issue as { schema?: z.core.$ZodType }).schema ?? issue.inst;
  return schema ? z.globalRegistry.get(schema as z.core.$ZodType)?.description : undefined;
};

/**
 * The one error map of the site's Zod schemas: `expected …, found …` from Zod's own issue. What is
 * expected is the schema's description (`.describe("a season number of 1 or more")`) where it has
 * one, else what the issue says (`a URL`, `full, trailer or bonus`, `a number of 1 or more`); what
 * was found is the value as the editor wrote it.
 */
export function errorMap(issue: Issue): string {
  const expected = descriptionOf(issue) ?? expectedOf(issue);
  if (issue.code === "unrecognized_keys") return `expected ${expected}, found ${oneOf(issue.keys)}`;
  const quote = hint(issue);
  return quote ? `expected ${expected}, found ${describe(issue.input)}${quote}` : expectedFound(expected, issue.input);
}

/**
 * `expected …, found …` for a value: the error map's wording, for the checks that a transform
 * runs itself (its issues carry no schema to describe them).
 */
export function expectedFound(expected: string, input: unknown): string {
  if (input === undefined) return `is required: expected ${expected}, found nothing`;
  const digits = input instanceof UnquotedNumber ? ": write numbers in digits only" : "";
  return `expected ${expected}, found ${describe(input)}${digits}`;
}

/** Zod's parse options that give every issue the site's message. */
export const withMessages = { error: errorMap } as const;
