import { describe, expect, it } from "vitest";
import { slugFromPath } from "./slug.ts";

describe("slugs", () => {
  it("comes from the file name, the bundle folder or the slug field", () => {
    expect(slugFromPath("s01e06-sentry.md")).toBe("s01e06-sentry");
    expect(slugFromPath("s01e06-sentry/index.md")).toBe("s01e06-sentry");
    expect(slugFromPath("Season 1/S01E07 Big Talk.mdx")).toBe("s01e07-big-talk");
    expect(slugFromPath("x.md", { extra: { slug: "custom" } })).toBe("custom");
  });
});
