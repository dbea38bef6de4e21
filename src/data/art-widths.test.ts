import { describe, expect, it } from "vitest";
import { ART_WIDTHS, artWidths } from "./art-widths.ts";

describe("artWidths", () => {
  it("covers 1× and 2× of a size from the ladder", () => {
    expect(artWidths(112, 3000)).toEqual([160, 320]);
    expect(artWidths(320, 3000)).toEqual([320, 640]);
  });

  it("gives one image when the smallest step covers both", () => {
    expect(artWidths(40, 3000)).toEqual([80]);
  });

  it("never asks for more pixels than the image has", () => {
    expect(artWidths(320, 500)).toEqual([320, 500]);
    expect(artWidths(320, 200)).toEqual([200]);
  });

  it("keeps every size the layout uses to a few widths", () => {
    const sizes = [40, 72, 112, 160, 280, 320, 400];
    const widths = new Set(sizes.flatMap((size) => artWidths(size, 3000)));
    expect([...widths].sort((a, b) => a - b)).toEqual(ART_WIDTHS);
  });
});
