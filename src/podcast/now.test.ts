import { describe, expect, it } from "vitest";
import { buildNow } from "./now.ts";

describe("build time", () => {
  it("is the real date unless PODCAST_NOW says otherwise", () => {
    expect(buildNow({ PODCAST_NOW: "2030-01-01" }).toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(Math.abs(buildNow({}).getTime() - Date.now())).toBeLessThan(5000);
    expect(() => buildNow({ PODCAST_NOW: "soon" })).toThrow(/PODCAST_NOW/);
  });
});
