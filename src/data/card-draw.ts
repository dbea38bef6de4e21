// Draws social cards. It runs in the build's worker threads (card-worker.ts), which Node starts from
// this very file, so it imports nothing that needs Vite: no show config, no JSON, no `astro:*`.
import { readFileSync } from "node:fs";
import satori from "satori";
import sharp, { type OutputInfo } from "sharp";
import {
  CARD,
  type CardInput,
  type CardLook,
  cardBackdrop,
  cardText,
  type CardNode,
  TEXT_LAYER,
  WEIGHTS,
} from "../podcast/card.ts";
import { CARD_FONTS, type CardFont, cardFontPath, projectRequire as require } from "./card-fonts.ts";
import { atWeight } from "./font-instances.ts";

type Fonts = Parameters<typeof satori>[1]["fonts"];

/** A font as satori takes it; a variable one as a static font at each weight the card draws. */
async function faces(font: CardFont): Promise<Fonts> {
  const data = readFileSync(cardFontPath(font));
  if (!font.variable) return [{ name: font.family, weight: font.weight, data }];
  const weights = [...new Set(Object.values(WEIGHTS))];
  return Promise.all(
    weights.map(async (weight) => ({ name: font.family, weight, data: Buffer.from(await atWeight(data, weight)) })),
  );
}

// Made once per thread: each worker draws many cards with the same fonts. The show's first, then
// Inter and Noto for the letters it lacks.
let fonts: Promise<Fonts> | undefined;
const loadFonts = (show: CardFont[]) =>
  (fonts ??= Promise.all([...show, ...CARD_FONTS].map(faces)).then((all) => all.flat()));

/** Twemoji's SVG for an emoji, named by its code points (without the variation selector when absent). */
function emoji(segment: string): string {
  const points = [...segment].map((c) => c.codePointAt(0)!.toString(16));
  for (const name of [points.join("-"), points.filter((p) => p !== "fe0f").join("-")]) {
    try {
      const svg = readFileSync(require.resolve(`@twemoji/svg/${name}.svg`));
      return `data:image/svg+xml;base64,${svg.toString("base64")}`;
    } catch {
      // try the next spelling
    }
  }
  return "";
}

/** The SVG satori makes of a tree, at a size, with the card's fonts and emoji. */
const svg = async (tree: CardNode, { width, height }: { width: number; height: number }, font: CardFont[]) =>
  Buffer.from(
    await satori(tree as never, {
      width,
      height,
      fonts: await loadFonts(font),
      loadAdditionalAsset: async (code, segment) => (code === "emoji" ? emoji(segment) : []),
    }),
  );

/**
 * Draws cards over the cover art given as a data URI. The backdrop (background and cover) is the
 * same on every card and costs most to rasterize, so it is drawn once, as raw pixels; for each card,
 * satori lays out and sharp rasterizes only the text, right of the cover, which sharp lays over it.
 */
export function cardDrawer(cover: string, look: CardLook, font: CardFont[]): (input: CardInput) => Promise<Buffer> {
  // Begun at once, which loads the fonts too: a worker started before its first card is ready for it.
  const backdrop: Promise<{ data: Buffer; info: OutputInfo }> = svg(cardBackdrop(cover, look), CARD, font).then(
    (backdrop) => sharp(backdrop).raw().toBuffer({ resolveWithObject: true }),
  );
  backdrop.catch(() => {}); // reported by the first card, which awaits it
  return async (input) => {
    const { data, info } = await backdrop;
    const text = await svg(cardText(input, look), TEXT_LAYER, font);
    return (
      sharp(data, { raw: info })
        .composite([{ input: text, left: TEXT_LAYER.left, top: 0 }])
        // zlib's level 3 encodes in half the time of 6, for a file a ninth larger (about 80 KB).
        .png({ compressionLevel: 3 })
        .toBuffer()
    );
  };
}
