import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import satori from "satori";
import sharp from "sharp";
import { CARD, type CardInput, cardTree } from "../podcast/card.ts";

/**
 * Social cards are cached here by a hash of everything drawn on them, so that a rebuild renders only
 * the cards whose episode changed. CI keeps this folder between runs (README: Social cards).
 */
export const CARD_CACHE = join("node_modules", ".cache", "social-cards");

// Resolved from the project, so that copies of the site that borrow its node_modules find them too.
const require = createRequire(join(process.cwd(), "package.json"));
const fontFile = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));

let fonts: Parameters<typeof satori>[1]["fonts"] | undefined;
function loadFonts() {
  return (fonts ??= [
    ...([400, 700] as const).flatMap((weight) => [
      { name: "Inter", weight, data: fontFile("@fontsource/inter", `inter-latin-${weight}-normal.woff`) },
      { name: "Inter", weight, data: fontFile("@fontsource/inter", `inter-latin-ext-${weight}-normal.woff`) },
      {
        name: "Noto Sans Hebrew",
        weight,
        data: fontFile("@fontsource/noto-sans-hebrew", `noto-sans-hebrew-hebrew-${weight}-normal.woff`),
      },
      {
        name: "Noto Sans Arabic",
        weight,
        data: fontFile("@fontsource/noto-sans-arabic", `noto-sans-arabic-arabic-${weight}-normal.woff`),
      },
    ]),
  ]);
}

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

let cover: { uri: string; hash: string } | undefined;
async function coverArt(path: string) {
  if (cover) return cover;
  const png = await sharp(join(process.cwd(), "public", path))
    .resize(320, 320)
    .png()
    .toBuffer();
  return (cover = {
    uri: `data:image/png;base64,${png.toString("base64")}`,
    hash: createHash("sha256").update(png).digest("hex"),
  });
}

/** How many cards this build rendered and took from the cache: the build prints it at the end. */
export const cardCount: { rendered: number; cached: number } = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("podcast-site.cards")
] ??= { rendered: 0, cached: 0 }) as { rendered: number; cached: number };

/** The PNG of an episode's card, from the cache when nothing drawn on it changed. */
export async function renderCard(input: CardInput, coverPath: string): Promise<Buffer> {
  const art = await coverArt(coverPath);
  const tree = cardTree(input, "cover");
  const key = createHash("sha256")
    .update(JSON.stringify([tree, art.hash, CARD]))
    .digest("hex")
    .slice(0, 32);
  const cached = join(process.cwd(), CARD_CACHE, `${key}.png`);
  if (existsSync(cached)) {
    cardCount.cached++;
    return readFileSync(cached);
  }
  const svg = await satori(cardTree(input, art.uri) as never, {
    ...CARD,
    fonts: loadFonts(),
    loadAdditionalAsset: async (code, segment) => (code === "emoji" ? emoji(segment) : []),
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  mkdirSync(join(process.cwd(), CARD_CACHE), { recursive: true });
  writeFileSync(cached, png);
  cardCount.rendered++;
  return png;
}
