import type { Episode } from "./episode.ts";

/** The size of an episode's social card, as Open Graph and X/Twitter want it. */
export const CARD = { width: 1200, height: 630 } as const;

export interface CardInput {
  show: string;
  title: string;
  label: string;
  /** `Name, Role · Name` */
  guests?: string;
}

export const cardInput = (episode: Episode, show: string): CardInput => ({
  show,
  title: episode.title,
  label: episode.label,
  guests: episode.guests.map((g) => (g.role ? `${g.name}, ${g.role}` : g.name)).join(" · ") || undefined,
});

/** The title's box on the card, in pixels, and the type sizes tried from largest to smallest. */
const TITLE_WIDTH = 700;
const TITLE_LINES = 4;
const SIZES = [72, 64, 56, 48, 42, 36] as const;
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

/** The guests' type size, and the most lines they take: a long list is cut, never running off the card. */
export const GUESTS = { size: 30, lines: 2 } as const;

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

/** The cover art's box on the card, its margin and its gap to the text, in pixels. */
const COVER = { size: 320, radius: 24 } as const;
const PADDING = 64;
const GAP = 56;
const BACKGROUND = "#1c1a22";

/** The card's box, or one of its layers': the same box and padding, so that each child lands where it does on the card. */
const frame = (style: Record<string, string | number>, children: CardNode[]) =>
  el(
    "div",
    {
      width: CARD.width,
      height: CARD.height,
      // The padding inside the card's size, so that the cover and text sit centred on the card.
      boxSizing: "border-box",
      display: "flex",
      alignItems: "center",
      gap: GAP,
      padding: PADDING,
      color: "#ece9f3",
      fontFamily: "Inter",
      ...style,
    },
    children,
  );

const coverImage = (cover: string): CardNode => ({
  type: "img",
  props: { src: cover, width: COVER.size, height: COVER.size, style: { borderRadius: COVER.radius } },
});

/** The show, number label, title and guests, right of the cover. */
function textColumn(input: CardInput): CardNode {
  const title = layoutTitle(input.title);
  const rtl = title.direction === "rtl";
  return el("div", { display: "flex", flexDirection: "column", width: TITLE_WIDTH, gap: 20 }, [
    el("div", { display: "flex", fontSize: 30, color: "#c4b5fd", fontWeight: 700 }, `${input.show} · ${input.label}`),
    el(
      "div",
      {
        display: "flex",
        flexDirection: "column",
        alignItems: rtl ? "flex-end" : "flex-start",
        fontSize: title.size,
        lineHeight: title.lineHeight,
        fontWeight: 700,
      },
      title.lines.map((line) => el("div", { display: "flex", whiteSpace: "pre" }, line)),
    ),
    ...(input.guests
      ? [el("div", { display: "flex", fontSize: GUESTS.size, color: "#b3acc6" }, layoutGuests(input.guests))]
      : []),
  ]);
}

/** The card: cover art on the left, the show, number label, title and guests on the right. */
export const cardTree = (input: CardInput, cover: string): CardNode =>
  frame({ background: BACKGROUND }, [coverImage(cover), textColumn(input)]);

/**
 * The card's backdrop: its background and cover, the same on every card of the show, so drawn once.
 * `cardText` laid over it at `TEXT_LAYER` makes `cardTree`.
 */
export const cardBackdrop = (cover: string): CardNode => frame({ background: BACKGROUND }, [coverImage(cover)]);

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
export const cardText = (input: CardInput): CardNode => frame({ paddingLeft: 0 }, [textColumn(input)]);
