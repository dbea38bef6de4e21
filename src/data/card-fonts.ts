// The fonts social cards are drawn with: card-draw.ts loads them, and cards.ts hashes them into the
// cards' cache key, so that a font's new version draws every card again. Plain Node, for the workers.
import { createRequire } from "node:module";
import { join } from "node:path";

// Resolved from the project, so that copies of the site that borrow its node_modules find them too.
export const projectRequire = createRequire(join(process.cwd(), "package.json"));

/** A font file a card is drawn with, as the package that holds it names it, and the weight it draws. */
export interface CardFont {
  family: string;
  file: string;
  weight: 400 | 700 | 800;
  /** One file for every weight: card-draw.ts makes it static at each weight a card draws. */
  variable?: true;
}

/**
 * Each face a card may need beside the show's font (cards.ts `cardFont`), for the letters it lacks:
 * Latin and its extensions, Hebrew and Arabic, regular and bold.
 */
export const CARD_FONTS: CardFont[] = ([400, 700] as const).flatMap((weight) => [
  { family: "Inter", weight, file: `@fontsource/inter/files/inter-latin-${weight}-normal.woff` },
  { family: "Inter", weight, file: `@fontsource/inter/files/inter-latin-ext-${weight}-normal.woff` },
  {
    family: "Noto Sans Hebrew",
    weight,
    file: `@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-${weight}-normal.woff`,
  },
  {
    family: "Noto Sans Arabic",
    weight,
    file: `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff`,
  },
]);

/** Where a font file of a card lies. */
export const cardFontPath = (font: { file: string }) => projectRequire.resolve(font.file);
