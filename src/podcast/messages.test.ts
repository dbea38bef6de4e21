import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { describe as describeValue, errorMap, UnquotedNumber } from "./messages.ts";

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value, { error: errorMap }).error?.issues.map((i) => i.message);

describe("the one error map", () => {
  it("writes expected …, found … from Zod's own issues", () => {
    expect(messages(z.string(), 5)).toEqual([
      'expected text, found 5, which YAML reads as a number: write it in quotes, "5"',
    ]);
    expect(messages(z.number(), "five")).toEqual(['expected a number, found "five"']);
    expect(messages(z.boolean(), undefined)).toEqual(["is required: expected true or false, found nothing"]);
    expect(messages(z.number().min(1), 0)).toEqual(["expected a number of 1 or more, found 0"]);
    expect(messages(z.string().max(3), "abcd")).toEqual(['expected text of at most 3 characters, found "abcd"']);
    expect(messages(z.enum(["a", "b", "c"]), "d")).toEqual(['expected a, b or c, found "d"']);
    expect(messages(z.email(), "nope")).toEqual(['expected an email address, found "nope"']);
    expect(messages(z.array(z.string()), "x")).toEqual(['expected a list, found "x"']);
    expect(messages(z.object({}).strict(), { a: 1, b: 2 })).toEqual(["expected no other fields, found a or b"]);
  });

  it("says what a field expects when its schema describes it, checks included", () => {
    const title = z.string().trim().min(1).describe("the episode title");
    expect(messages(title, "  ")).toEqual(['expected the episode title, found ""']);
    expect(messages(title, undefined)).toEqual(["is required: expected the episode title, found nothing"]);
    expect(messages(z.string().regex(/^a/).describe("a word starting with a"), "b")).toEqual([
      'expected a word starting with a, found "b"',
    ]);
  });

  it("shows a number YAML read from another form as it was written", () => {
    const guid = z.string().describe("a permanent id");
    expect(messages(guid, new UnquotedNumber("05124"))).toEqual([
      'expected a permanent id, found 05124, which YAML reads as a number: write it in quotes, "05124"',
    ]);
    expect(describeValue(new UnquotedNumber("1e2"))).toBe("1e2");
    expect(describeValue([1])).toBe("a list");
    expect(describeValue({})).toBe("a table");
    expect(describeValue(null)).toBe("an empty value");
  });
});
