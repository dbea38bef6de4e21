// The fonts social cards are drawn with: card-draw.ts loads them, and cards.ts hashes them into the
// cards' cache key, so that a font's new version draws every card again. Plain Node, for the workers.
import { createRequire } from "node:module";
import { join } from "node:path";

// Resolved from the project, so that copies of the site that borrow its node_modules find them too.
export const projectRequire = createRequire(join(process.cwd(), "package.json"));

/** Each face a card may need: Latin and its extensions, Hebrew and Arabic, regular and bold. */
export const CARD_FONTS = ([400, 700] as const).flatMap((weight) => [
  { name: "Inter", weight, file: `@fontsource/inter/files/inter-latin-${weight}-normal.woff` },
  { name: "Inter", weight, file: `@fontsource/inter/files/inter-latin-ext-${weight}-normal.woff` },
  {
    name: "Noto Sans Hebrew",
    weight,
    file: `@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-${weight}-normal.woff`,
  },
  {
    name: "Noto Sans Arabic",
    weight,
    file: `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff`,
  },
]);

/** Where a font file of `CARD_FONTS` lies. */
export const cardFontPath = (font: { file: string }) => projectRequire.resolve(font.file);
