import { join } from "node:path";
import sharp from "sharp";

/** The sizes of icon made from the cover art: favicon, Apple touch icon, and the manifest's two. */
export const ICON_SIZES = [32, 180, 192, 512] as const;

/** The show's cover art as a square PNG icon of `size` pixels. */
export function coverIcon(coverPath: string, size: number): Promise<Buffer> {
  return sharp(join(process.cwd(), "public", coverPath))
    .resize(size, size)
    .png()
    .toBuffer();
}
