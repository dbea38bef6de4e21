import { mix } from "./colour.ts";
import type { Episode } from "./episode.ts";
import type { Palette } from "./palette.ts";

/** The size of an episode's social card, as Open Graph and X/Twitter want it. */
export const CARD = { width: 1200, height: 630 } as const;

/** What one episode's card says. */
export interface CardInput {
  title: string;
  label: string;
  /** `Name, Role · Name` */
  guests?: string;
}

export const cardInput = (episode: Episode): CardInput => ({
  title: episode.title,
  label: episode.label,
  guests: episode.guests.map((g) => (g.role ? `${g.name}, ${g.role}` : g.name)).join(" · ") || undefined,
});

/** What every card of a show shares: its name and address, its colours, its font. */
export interface CardLook {
  show: string;
  /** The site's host, `podcast.example.com`. */
  site: string;
  /** The show's font family as the card's fonts name it; the card falls back to Inter and Noto. */
  font?: string;
  background: string;
  glow: string;
  ink: string;
  muted: string;
  /** The number label: a chip of the show's accent. */
  chip: string;
  chipInk: string;
}

/** A show's card look from its name, address, palette (the dark scheme's, made to glow) and font. */
export function cardLook(show: string, site: string, palette: Palette, font?: string): CardLook {
  const { accent, onAccent } = palette.dark;
  return {
    show,
    site: new URL(site).host,
    ...(font && { font }),
    background: mix(palette.light.accent, "#0b0a10", 0.22),
    glow: mix(palette.light.accent, "#0b0a10", 0.7),
    ink: "#f7f5fb",
    muted: mix(accent, "#ffffff", 0.45),
    chip: accent,
    chipInk: onAccent,
  };
}

/** The card's margin, the cover art's box (the card's height less the margin), and the gap after it. */
const PADDING = 56;
export const COVER = { size: CARD.height - 2 * PADDING, radius: 28 } as const;
const GAP = 56;

/** The title's box on the card, in pixels, and the type sizes tried from largest to smallest. */
const TITLE_WIDTH = CARD.width - PADDING - COVER.size - GAP - PADDING;
const TITLE_LINES = 4;
const SIZES = [68, 60, 52, 46, 40, 34] as const;
const LINE_HEIGHT = 1.15;

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60\u{1F000}-\u{1FAFF}]/u;

/** A letter's width in ems, near enough for Inter and Noto: wide for CJK and emoji, narrow for i, l, punctuation. */
function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (/[ilj.,:;'|!()[\]\s]/.test(char)) return 0.3;
  if (/[A-Z@%MWmw]/.test(char)) return 0.72;
  return 0.56;
}

const textWidth = (text: string, size: number) => [...text].reduce((sum, c) => sum + charWidth(c), 0) * size;

/**
 * Greedy word wrap into lines no wider than `width` at `size`; a word wider than a line is cut. Each
 * letter is measured once, so that a title of one long word is not measured again for every line.
 */
export function wrap(text: string, size: number, width = TITLE_WIDTH): string[] {
  const lines: string[] = [];
  const space = charWidth(" ") * size;
  let line = "";
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const chars = [...word];
    const widths = chars.map((c) => charWidth(c) * size);
    const wide = widths.reduce((sum, w) => sum + w, 0);
    if (line && used + space + wide <= width) {
      line += ` ${word}`;
      used += space + wide;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    used = 0;
    chars.forEach((c, i) => {
      if (line && used + widths[i] > width) {
        lines.push(line);
        line = "";
        used = 0;
      }
      line += c;
      used += widths[i];
    });
  }
  if (line) lines.push(line);
  return lines;
}

export interface TitleLayout {
  size: number;
  lineHeight: number;
  lines: string[];
  /** Right to left when the title starts in a right-to-left script. */
  direction: "ltr" | "rtl";
}

/**
 * The title's type size and lines: the largest size at which it fits in four lines; at the smallest
 * size, a longer title is cut at four lines with an ellipsis, so that it never leaves its box.
 */
export function layoutTitle(title: string): TitleLayout {
  const firstLetter = [...title].find((c) => /\p{L}/u.test(c)) ?? "";
  const direction = RTL.test(firstLetter) ? "rtl" : "ltr";
  for (const size of SIZES) {
    const lines = wrap(title, size);
    if (lines.length <= TITLE_LINES) return { size, lineHeight: LINE_HEIGHT, lines, direction };
  }
  const size = SIZES[SIZES.length - 1];
  return { size, lineHeight: LINE_HEIGHT, lines: clamp(title, size, TITLE_LINES), direction };
}

/** `text` wrapped at `size` into at most `max` lines, the last cut with an ellipsis when more would follow. */
function clamp(text: string, size: number, max: number): string[] {
  const all = wrap(text, size);
  if (all.length <= max) return all;
  const lines = all.slice(0, max);
  let last = lines[max - 1];
  while (last && textWidth(`${last}…`, size) > TITLE_WIDTH) last = [...last].slice(0, -1).join("");
  lines[max - 1] = `${last.trimEnd()}…`;
  return lines;
}

/** The weights a card draws its text in: a variable font is made static at each (data/font-instances.ts). */
export const WEIGHTS = { text: 400, label: 700, title: 800 } as const;

/** The guests' type size, and the most lines they take: a long list is cut, never running off the card. */
export const GUESTS = { size: 26, lines: 2 } as const;

/**
 * The guests as drawn: whole when they fit in two lines, else cut with an ellipsis where the second
 * line would end. The card wraps them itself, by the font's real widths; the estimate here is the
 * wider, so what it lets through never takes a third line.
 */
export const layoutGuests = (guests: string) => clamp(guests, GUESTS.size, GUESTS.lines).join(" ");

/** A node of the tree satori renders: the shape of a React element without React. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | CardNode | string;
    src?: string;
    width?: number;
    height?: number;
    dir?: string;
  };
}

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: CardNode["props"]["children"],
): CardNode => ({
  type,
  props: { style, ...(children !== undefined && { children }) },
});

/**
 * The card: the cover art large at the left, the full height of the card but its margin; at the
 * right the number label, the title and the guests, and at the foot the show's name and address.
 * The ground is the show's accent deepened, glowing behind the cover.
 */
const FOOTER = 44;

const fontFamily = (look: CardLook) =>
  [look.font, "Inter", "Noto Sans Hebrew", "Noto Sans Arabic"]
    .filter(Boolean)
    .map((f) => `"${f}"`)
    .join(", ");

/** The card's box, or one of its layers': the same box and padding, so that each child lands where it does on the card. */
const frame = (look: CardLook, style: Record<string, string | number>, children: CardNode[]) =>
  el(
    "div",
    {
      width: CARD.width,
      height: CARD.height,
      // The padding inside the card's size, so that the cover and text sit where the card has them.
      boxSizing: "border-box",
      display: "flex",
      alignItems: "stretch",
      gap: GAP,
      padding: PADDING,
      color: look.ink,
      fontFamily: fontFamily(look),
      ...style,
    },
    children,
  );

const ground = (look: CardLook) => ({
  backgroundColor: look.background,
  backgroundImage: `radial-gradient(circle at ${PADDING + COVER.size / 2}px ${CARD.height / 2}px, ${look.glow} 0%, ${look.background} 62%)`,
});

const coverImage = (cover: string): CardNode => ({
  type: "img",
  props: {
    src: cover,
    width: COVER.size,
    height: COVER.size,
    style: { borderRadius: COVER.radius, boxShadow: "0 24px 60px rgba(0, 0, 0, 0.5)" },
  },
});

/** The right column: the text of one card (`card`), or what all cards share at its foot (`foot`). */
const column = (children: CardNode[], style: Record<string, string | number>) =>
  el("div", { display: "flex", flexDirection: "column", width: TITLE_WIDTH, ...style }, children);

/** The number label, title and guests, in the right column above its foot. */
function textColumn(input: CardInput, look: CardLook): CardNode {
  const title = layoutTitle(input.title);
  const rtl = title.direction === "rtl";
  return column(
    [
      el(
        "div",
        {
          display: "flex",
          // The label and the guests line up with the title, at the right of a right-to-left one.
          alignSelf: rtl ? "flex-end" : "flex-start",
          padding: "6px 16px",
          borderRadius: 12,
          background: look.chip,
          color: look.chipInk,
          fontSize: 28,
          fontWeight: WEIGHTS.label,
        },
        input.label,
      ),
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          alignItems: rtl ? "flex-end" : "flex-start",
          marginTop: 24,
          fontSize: title.size,
          lineHeight: title.lineHeight,
          fontWeight: WEIGHTS.title,
        },
        title.lines.map((line) => el("div", { display: "flex", whiteSpace: "pre" }, line)),
      ),
      ...(input.guests
        ? [
            el(
              "div",
              {
                display: "flex",
                ...(rtl && { alignSelf: "flex-end" }),
                marginTop: 20,
                fontSize: GUESTS.size,
                lineHeight: 1.3,
                color: look.muted,
              },
              layoutGuests(input.guests),
            ),
          ]
        : []),
    ],
    { height: COVER.size - FOOTER - 24, justifyContent: "center" },
  );
}

/** The show's name and address, at the foot of the right column: the same on every card. */
const footColumn = (look: CardLook): CardNode =>
  column(
    [
      el(
        "div",
        {
          display: "flex",
          alignItems: "center",
          gap: 14,
          height: FOOTER,
          paddingTop: 16,
          borderTop: `2px solid ${look.chip}`,
          fontSize: 24,
        },
        [
          el("div", { display: "flex", fontWeight: WEIGHTS.label }, look.show),
          el("div", { display: "flex", color: look.muted }, look.site),
        ],
      ),
    ],
    { justifyContent: "flex-end" },
  );

/** The card as one tree: the backdrop and the text layer together. */
export const cardTree = (input: CardInput, cover: string, look: CardLook): CardNode =>
  frame(look, ground(look), [
    coverImage(cover),
    el("div", { display: "flex", flexDirection: "column" }, [textColumn(input, look), footColumn(look)]),
  ]);

/**
 * The card's backdrop: its ground, cover and foot, the same on every card of the show, so drawn once.
 * `cardText` laid over it at `TEXT_LAYER` makes `cardTree`.
 */
export const cardBackdrop = (cover: string, look: CardLook): CardNode =>
  frame(look, ground(look), [coverImage(cover), footColumn(look)]);

/** Where a card's text layer lies on the card: right of the cover's gap, to the card's right edge. */
export const TEXT_LAYER = {
  left: PADDING + COVER.size + GAP,
  width: CARD.width - (PADDING + COVER.size + GAP),
  height: CARD.height,
} as const;

/**
 * A card's text on a clear ground, as a layer of `TEXT_LAYER`'s size: the card's box with its left
 * padding, the cover and the gap after it taken away, so that the text starts at the layer's left edge
 * and lies at the same height as on the card. Only this part needs drawing for each card.
 */
export const cardText = (input: CardInput, look: CardLook): CardNode =>
  frame(look, { paddingLeft: 0, width: TEXT_LAYER.width }, [textColumn(input, look)]);
