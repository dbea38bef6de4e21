import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cardFontPath } from "./card-fonts.ts";
import { atWeight } from "./font-instances.ts";

const file = (path: string) => readFileSync(cardFontPath({ file: path }));
const variable = file("@fontsource-variable/plus-jakarta-sans/files/plus-jakarta-sans-latin-wght-normal.woff2");

/** An OpenType font's tables by tag, read from its table directory. */
function tables(font: Uint8Array): Map<string, DataView> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const found = new Map<string, DataView>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    found.set(
      tag,
      new DataView(font.buffer, font.byteOffset + view.getUint32(record + 8), view.getUint32(record + 12)),
    );
  }
  return found;
}

describe("a variable font made static at a weight", () => {
  it("is a font of that weight with no variations left, so satori draws it as bold", async () => {
    for (const weight of [400, 800]) {
      const font = tables(await atWeight(variable, weight));
      expect(font.has("fvar")).toBe(false);
      expect(font.has("gvar")).toBe(false);
      // OS/2 usWeightClass
      expect(font.get("OS/2")!.getUint16(4)).toBe(weight);
      expect(font.has("glyf")).toBe(true);
    }
  });

  it("has thicker letters at 800 than at 400", async () => {
    const [regular, bold] = await Promise.all([atWeight(variable, 400), atWeight(variable, 800)]);
    // hmtx: the glyphs' advance widths grow with the weight.
    const widths = (font: Uint8Array) => {
      const hmtx = tables(font).get("hmtx")!;
      return Array.from({ length: 40 }, (_, i) => hmtx.getUint16(4 * (i + 20)));
    };
    const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
    expect(sum(widths(bold))).toBeGreaterThan(sum(widths(regular)));
  });

  it("refuses a font with no weight axis", async () => {
    const inter = file("@fontsource/inter/files/inter-latin-400-normal.woff");
    await expect(atWeight(inter, 700)).rejects.toThrow();
  });
});
