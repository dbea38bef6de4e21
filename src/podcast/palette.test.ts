import { describe, expect, it } from "vitest";
import { contrast } from "./colour.ts";
import { accentProblems, derivePalette, paletteCss } from "./palette.ts";

describe("the accent's light and dark variants", () => {
  it("shows the editor's colour as written in the light scheme", () => {
    const { light } = derivePalette("#6D28D9");
    expect(light.accent).toBe("#6d28d9");
    expect(light.onAccent).toBe("#ffffff");
  });

  it("lightens it for the dark scheme, readable on the dark page", () => {
    const { dark } = derivePalette("#6d28d9");
    expect(dark.accent).not.toBe("#6d28d9");
    expect(contrast(dark.accent, dark.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(dark.onAccent, dark.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(["#6d28d9", "#2563eb", "#0e7490", "#be123c", "#15803d", "#111111"])("passes every check for %s", (accent) => {
    expect(accentProblems(accent)).toEqual([]);
  });

  it("stops on an accent too light for text, naming the setting and the contrast found", () => {
    expect(accentProblems("#888888")).toEqual([
      {
        file: "src/show.config.ts",
        field: "accent",
        message:
          "expected a contrast of at least 4.5:1 for links and text in the light scheme (the accent, #888888 on #faf9f7), found 3.3:1",
      },
    ]);
  });

  it("says so when the accent fails even as a control's outline", () => {
    const messages = accentProblems("#fde047").map((p) => p.message);
    expect(messages[0]).toMatch(/at least 4\.5:1 for links and text in the light scheme .*found 1\.\d:1$/);
    // The same pair fails for controls too, but it is said once, at the higher need.
    expect(messages.filter((m) => m.includes("#fde047 on"))).toHaveLength(1);
  });

  it("writes each colour once, as a light-dark() pair", () => {
    const css = paletteCss(derivePalette("#6d28d9"));
    expect(css).toMatch(/^:root\{--bg:light-dark\(#faf9f7,#0f0d15\);/);
    expect(css).toContain("--accent:light-dark(#6d28d9,");
    expect(css).toContain("--on-accent:light-dark(#ffffff,");
  });
});
