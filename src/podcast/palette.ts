import type { Problem } from "../problems.ts";
import { contrast, formatRatio, fromOklch, mix, toOklch } from "./colour.ts";

/** The colours of one scheme that the stylesheet reads as custom properties (`--bg`, …). */
export interface SchemeColours {
  bg: string;
  surface: string;
  fg: string;
  muted: string;
  border: string;
  /** Links, buttons and focus rings. */
  accent: string;
  /** Text and icons on an accent-filled button. */
  onAccent: string;
  /** A faint tint of the accent for hero and card backgrounds. */
  soft: string;
}

export interface Palette {
  light: SchemeColours;
  dark: SchemeColours;
}

/** The neutrals of each scheme: warm paper by day, deep ink by night. */
export const NEUTRALS = {
  light: { bg: "#faf9f7", surface: "#ffffff", fg: "#17151f", muted: "#585365", border: "#e3e0e8" },
  dark: { bg: "#0f0d15", surface: "#1a1724", fg: "#f1eff6", muted: "#aca6ba", border: "#2f2b3b" },
} as const;

/** The dark scheme's accent is never darker than this OKLCH lightness, so it glows on the ink. */
const DARK_MIN_LIGHTNESS = 0.78;

const bestOn = (background: string, choices: string[]) =>
  choices.reduce((best, c) => (contrast(c, background) > contrast(best, background) ? c : best));

/**
 * The light and dark variants of the show's accent. The light scheme shows the editor's colour as
 * written; the dark scheme's is the same hue, lightened in OKLCH until it reads on a dark page.
 */
export function derivePalette(accent: string): Palette {
  // Every page's layout asks for the show's palette: worked out once per accent.
  let palette = derived.get(accent);
  if (!palette) derived.set(accent, (palette = derive(accent)));
  return palette;
}

const derived = new Map<string, Palette>();

function derive(accent: string): Palette {
  const { light, dark } = NEUTRALS;
  const lch = toOklch(accent);
  const darkAccent = fromOklch({ ...lch, l: Math.max(lch.l, DARK_MIN_LIGHTNESS) });
  return {
    light: {
      ...light,
      accent: accent.toLowerCase(),
      onAccent: bestOn(accent, ["#ffffff", light.fg]),
      soft: mix(accent, light.bg, 0.09),
    },
    dark: {
      ...dark,
      accent: darkAccent,
      onAccent: bestOn(darkAccent, [dark.bg, "#ffffff"]),
      soft: mix(darkAccent, dark.bg, 0.12),
    },
  };
}

/** WCAG's minimums: 4.5:1 for text, 3:1 for the shapes of controls and focus rings. */
const TEXT = 4.5;
const CONTROL = 3;

/**
 * Where the accent falls short in either scheme: as links and text on the page's backgrounds, as
 * the fill of a button under its label, and as the outline of a control. Each problem names the
 * `accent` setting of the show config, the colours compared and the contrast found.
 */
export function accentProblems(accent: string, file = "src/show.config.ts"): Problem[] {
  const palette = derivePalette(accent);
  const problems: Problem[] = [];
  for (const scheme of ["light", "dark"] as const) {
    const p = palette[scheme];
    const variant = scheme === "light" ? "the accent" : `the dark scheme's variant ${p.accent}`;
    // Text in the accent sits on the page and on cards; the soft tint only ever carries body text.
    const page = [p.bg, p.surface].reduce((worst, bg) =>
      contrast(p.accent, bg) < contrast(p.accent, worst) ? bg : worst,
    );
    const checks = [
      { fg: p.accent, bg: page, needed: TEXT, what: "for links and text" },
      { fg: p.onAccent, bg: p.accent, needed: TEXT, what: "for button labels" },
      { fg: p.accent, bg: page, needed: CONTROL, what: "for controls" },
    ];
    const failed = new Set<string>();
    for (const { fg, bg, needed, what } of checks) {
      const found = contrast(fg, bg);
      const pair = `${fg}${bg}`;
      // A pair that fails for text fails for controls too: say it once, with the higher need.
      if (found >= needed || failed.has(pair)) continue;
      failed.add(pair);
      problems.push({
        file,
        field: "accent",
        message:
          `expected a contrast of at least ${needed}:1 ${what} in the ${scheme} scheme (${variant}, ` +
          `${fg} on ${bg}), found ${formatRatio(found)}`,
      });
    }
  }
  return problems;
}

const NAMES: Record<keyof SchemeColours, string> = {
  bg: "bg",
  surface: "surface",
  fg: "fg",
  muted: "muted",
  border: "border",
  accent: "accent",
  onAccent: "on-accent",
  soft: "accent-soft",
};

/** The palette as custom properties, each a CSS `light-dark()` pair that the colour scheme picks from. */
export function paletteCss({ light, dark }: Palette): string {
  const props = (Object.keys(NAMES) as (keyof SchemeColours)[]).map(
    (key) => `--${NAMES[key]}:light-dark(${light[key]},${dark[key]})`,
  );
  return `:root{${props.join(";")}}`;
}
