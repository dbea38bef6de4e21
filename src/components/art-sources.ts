import type { ImageMetadata } from "astro";
import { getImage } from "astro:assets";

/**
 * The widths art is made at. Every size a page shows picks its 1× and 2× images from these, so the
 * build encodes a handful of images per picture however many sizes the layout uses: eleven widths
 * in two formats took 2.2 s of a 1,000-episode build, five widths take 0.3 s. WebP only: AVIF saved
 * one to four kilobytes a picture and took three to ten times as long to encode.
 */
export const ART_WIDTHS = [80, 160, 320, 640, 1280];

/**
 * The art of an episode's card, in CSS px: the lists' cards and the search page's hits show the
 * same images, so that one already seen is not fetched again.
 */
export const CARD_ART_SIZE = 112;

/** The widths of the ladder that cover `size` CSS px at 1× and 2×, none wider than the image. */
export function artWidths(size: number, imageWidth: number): number[] {
  const fit = (px: number) => Math.min(ART_WIDTHS.find((w) => w >= px) ?? px, imageWidth);
  return [...new Set([fit(size), fit(size * 2)])];
}

export interface ArtSources {
  src: string;
  srcset: string;
  /** The size the art shows at, for the `width` and `height` that keep its box from shifting. */
  width: number;
  height: number;
}

// One request per image and width for the whole build: a list page shows dozens of cards with the
// same cover, and asking astro:assets for each again cost more than the rest of the card.
const made = new Map<string, Promise<string>>();
/** The URL of the art made `width` px wide as WebP: the pages' sizes, and the feed's copies of the cover. */
export function madeAt(image: ImageMetadata, width: number): Promise<string> {
  const key = `${image.src} ${width}`;
  let src = made.get(key);
  if (!src) {
    src = getImage({ src: image, width, format: "webp" }).then((result) => result.src);
    made.set(key, src);
  }
  return src;
}

/** The `src` and `srcset` of art shown `size` CSS px wide (components/Art.astro). */
export async function artSources(image: ImageMetadata, size: number): Promise<ArtSources> {
  const widths = artWidths(size, image.width);
  const srcs = await Promise.all(widths.map((w) => madeAt(image, w)));
  const width = Math.min(size, image.width);
  return {
    src: srcs[0],
    srcset: srcs.map((src, i) => `${src} ${widths[i]}w`).join(", "),
    width,
    height: Math.round((width * image.height) / image.width),
  };
}
