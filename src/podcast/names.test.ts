import { describe, expect, it } from "vitest";
import { nameKey, preferredSpelling } from "./names.ts";

describe("nameKey", () => {
  it("is one key for spellings that differ in case, accents, punctuation or spaces", () => {
    expect(nameKey("José Valim")).toBe("jose-valim");
    expect(nameKey("jose  VALIM")).toBe("jose-valim");
    expect(nameKey("Zoë O'Brien")).toBe("zoe-o-brien");
    expect(nameKey("Jürgen Straße")).toBe("jurgen-strasse");
  });

  it("keeps letters of any script", () => {
    expect(nameKey("דנה כהן")).toBe("דנה-כהן");
  });
});

describe("preferredSpelling", () => {
  it("shows the most used spelling, and the accented one on a tie", () => {
    expect(preferredSpelling(["Jose", "José"])).toBe("José");
    expect(preferredSpelling(["José", "Jose", "Jose"])).toBe("Jose");
  });
});
