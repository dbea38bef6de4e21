/**
 * The widths art is made at. Every size a page shows picks its 1× and 2× images from these, so the
 * build encodes a handful of images per picture however many sizes the layout uses: eleven widths
 * in two formats took 2.2 s of a 1,000-episode build, five widths take 0.3 s. WebP only: AVIF saved
 * one to four kilobytes a picture and took three to ten times as long to encode.
 */
export const ART_WIDTHS = [80, 160, 320, 640, 1280];

/** The widths of the ladder that cover `size` CSS px at 1× and 2×, none wider than the image. */
export function artWidths(size: number, imageWidth: number): number[] {
  const fit = (px: number) => Math.min(ART_WIDTHS.find((w) => w >= px) ?? px, imageWidth);
  return [...new Set([fit(size), fit(size * 2)])];
}
