import { describe, expect, it } from "vitest";
import { contrast, formatRatio, fromOklch, mix, parseHex, toHex, toOklch } from "./colour.ts";

describe("colour math", () => {
  it("reads and writes hex colours, short and long", () => {
    expect(parseHex("#6d28d9")).toEqual([109, 40, 217]);
    expect(parseHex("#fff")).toEqual([255, 255, 255]);
    expect(toHex([109, 40, 217])).toBe("#6d28d9");
    expect(() => parseHex("purple")).toThrow(/expected a colour like #6d28d9, found "purple"/);
  });

  it("gives WCAG contrast ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBe(1);
    // WebAIM's checker: #767676 on white is the lightest grey that passes AA, at 4.54:1.
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("rounds ratios down, so that 4.49 never reads as 4.5", () => {
    expect(formatRatio(4.49)).toBe("4.4:1");
    expect(formatRatio(3.25)).toBe("3.2:1");
  });

  it("mixes colours as color-mix in sRGB does", () => {
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mix("#6d28d9", "#ffffff", 1)).toBe("#6d28d9");
  });

  it("round-trips through OKLCH, and lightening keeps the hue", () => {
    expect(fromOklch(toOklch("#6d28d9"))).toBe("#6d28d9");
    const violet = toOklch("#6d28d9");
    const lighter = toOklch(fromOklch({ ...violet, l: 0.8 }));
    expect(lighter.l).toBeCloseTo(0.8, 2);
    expect(Math.abs(lighter.h - violet.h)).toBeLessThan(3);
  });

  it("brings out-of-gamut colours into sRGB by lowering chroma", () => {
    const hex = fromOklch({ l: 0.9, c: 0.4, h: 30 });
    expect(hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(toOklch(hex).l).toBeCloseTo(0.9, 2);
  });
});
