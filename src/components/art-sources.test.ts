import { describe, expect, it, vi } from "vitest";
import { ART_WIDTHS, artSources, artWidths } from "./art-sources.ts";

// What astro:assets would answer: the name of the WebP it writes for a width.
const getImage = vi.hoisted(() =>
  vi.fn(async ({ src, width }: { src: { src: string }; width: number }) => ({ src: `${src.src}-${width}.webp` })),
);
vi.mock("astro:assets", () => ({ getImage }));

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

describe("artSources", () => {
  const cover = { src: "/_astro/cover.png", width: 3000, height: 3000, format: "png" } as const;

  it("gives the src, srcset and box of art at a size", async () => {
    expect(await artSources(cover, 112)).toEqual({
      src: "/_astro/cover.png-160.webp",
      srcset: "/_astro/cover.png-160.webp 160w, /_astro/cover.png-320.webp 320w",
      width: 112,
      height: 112,
    });
  });

  it("asks astro:assets once per image and width, however many pages show it", async () => {
    getImage.mockClear();
    const wide = { ...cover, src: "/_astro/wide.png", height: 1500 };
    const sources = await Promise.all([artSources(wide, 320), artSources(wide, 320), artSources(wide, 160)]);
    expect(sources[0]).toEqual(sources[1]);
    expect(sources[0].height).toBe(160);
    expect(getImage.mock.calls.map(([options]) => options.width).sort((a, b) => a - b)).toEqual([160, 320, 640]);
  });
});
