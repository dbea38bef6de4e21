import { describe, expect, it } from "vitest";
import { slugFromPath, slugify } from "./slug.ts";

describe("slugs", () => {
  it("comes from the file name, the bundle folder or the slug field", () => {
    expect(slugFromPath("s01e06-sentry.md")).toBe("s01e06-sentry");
    expect(slugFromPath("s01e06-sentry/index.md")).toBe("s01e06-sentry");
    expect(slugFromPath("Season 1/S01E07 Big Talk.mdx")).toBe("s01e07-big-talk");
    expect(slugFromPath("x.md", { extra: { slug: "custom" } })).toBe("custom");
  });

  it.each([
    ["My Épisode", "my-episode"],
    ["Straße & Ærø", "strasse-aero"],
    ["Привет мир", "privet-mir"],
    ["ﬁle №5", "file-no5"],
    ["日本語", ""],
    ["---", ""],
  ])("makes %j the slug %j: transliterated, lower-case, hyphens", (name, slug) => expect(slugify(name)).toBe(slug));

  it("gives an empty slug for a file name with no letter a URL can carry", () => {
    expect(slugFromPath("src/content/episodes/日本語.md")).toBe("");
    expect(slugFromPath("src/content/episodes/日本語.md", { slug: "nihongo" })).toBe("nihongo");
  });
});
