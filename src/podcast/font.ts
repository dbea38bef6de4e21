/** The show's optional font: one Fontsource package from npm, self-hosted by the build. */
export interface ShowFont {
  family: string;
  /** `@fontsource-variable/inter` (one variable file) or `@fontsource/inter` (regular and bold). */
  package: string;
}

export interface FontVariant {
  src: [string];
  weight: string;
  style: "normal";
}

/**
 * The font files the site serves: only the Latin subset, as a package import that the build
 * copies and hashes. A variable font is one file for every weight; a static one needs two.
 */
export function fontVariants({ package: pkg }: ShowFont): [FontVariant, ...FontVariant[]] {
  const id = pkg.slice(pkg.indexOf("/") + 1);
  if (pkg.startsWith("@fontsource-variable/")) {
    return [{ src: [`${pkg}/files/${id}-latin-wght-normal.woff2`], weight: "100 900", style: "normal" }];
  }
  const file = (weight: string): FontVariant => ({
    src: [`${pkg}/files/${id}-latin-${weight}-normal.woff2`],
    weight,
    style: "normal",
  });
  return [file("400"), file("700")];
}
