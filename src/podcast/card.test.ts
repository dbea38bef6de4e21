import { describe, expect, it } from "vitest";
import { derivePalette } from "./palette.ts";
import { makeEpisode } from "../testing/fixtures.ts";
import {
  CARD,
  GUESTS,
  cardBackdrop,
  cardInput,
  cardLook,
  cardText,
  cardTree,
  type CardNode,
  layoutGuests,
  layoutTitle,
  TEXT_LAYER,
  wrap,
} from "./card.ts";

const look = cardLook("Demo Cast", "https://podcast.example.com", derivePalette("#6d28d9"), "Plus Jakarta Sans");

describe("card text layout", () => {
  it("sets a short title large, on one or two lines", () => {
    const layout = layoutTitle("Sentry");
    expect(layout).toMatchObject({ size: 68, lines: ["Sentry"], direction: "ltr" });
  });

  it("shrinks a longer title so that it fits in four lines", () => {
    const title = "How a small team keeps a large open source project healthy for fifteen years and counting";
    const layout = layoutTitle(title);
    expect(layout.size).toBeLessThan(68);
    expect(layout.lines.length).toBeLessThanOrEqual(4);
    expect(layout.lines.join(" ")).toBe(title);
  });

  it("cuts a title too long even at the smallest size with an ellipsis, never past four lines", () => {
    const layout = layoutTitle("word ".repeat(200).trim());
    expect(layout.size).toBe(34);
    expect(layout.lines).toHaveLength(4);
    expect(layout.lines[3].endsWith("…")).toBe(true);
  });

  it("keeps guests that fit in two lines whole and cuts a long list with an ellipsis", () => {
    expect(layoutGuests("Ada Tester, Engineer · Lin Example")).toBe("Ada Tester, Engineer · Lin Example");
    const many = Array.from({ length: 12 }, (_, i) => `Guest Number${i}, Role`).join(" · ");
    const drawn = layoutGuests(many);
    expect(drawn.endsWith("…")).toBe(true);
    expect(many.startsWith(drawn.slice(0, -1).trimEnd())).toBe(true);
    expect(wrap(drawn, GUESTS.size)).toHaveLength(2);
  });

  it("breaks a word longer than a line", () => {
    const lines = wrap("x".repeat(100), 72, 700);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("x".repeat(100));
  });

  it("sets a right-to-left title from the right", () => {
    expect(layoutTitle("שלום עולם").direction).toBe("rtl");
    expect(layoutTitle("مرحبا بالعالم").direction).toBe("rtl");
    expect(layoutTitle("2024: שלום").direction).toBe("rtl");
    expect(layoutTitle("Hello שלום").direction).toBe("ltr");
  });

  it("lines the label and the guests up with a right-to-left title, at the right", () => {
    const tree = JSON.stringify(
      cardTree({ title: "تسجيل في المنزل", label: "م01 ح06", guests: "لين" }, "data:cover", look),
    );
    expect(tree).toMatch(/"alignSelf":"flex-end"[^}]*\},"children":"م01 ح06"/);
    // The guests' line: the last block of the text column, set at its end too.
    expect(tree.match(/"alignSelf":"flex-end"/g)).toHaveLength(2);
    const ltr = JSON.stringify(cardTree({ title: "Sentry", label: "S01 E06" }, "data:cover", look));
    expect(ltr).not.toContain('"alignSelf":"flex-end"');
  });

  it("counts an emoji as a wide letter, so that emoji titles wrap sooner", () => {
    expect(wrap("🦀".repeat(20), 72, 700).length).toBeGreaterThan(wrap("a".repeat(20), 72, 700).length);
  });

  it("draws the number label, title and guests with roles, and the show's name, address and font", () => {
    const episode = makeEpisode({ title: "Sentry", season: 1, episode: 6, guest: "Arpad Borsos", role: "Engineer" });
    const input = cardInput(episode);
    expect(input).toEqual({ title: "Sentry", label: "S01 E06", guests: "Arpad Borsos, Engineer" });
    const tree = cardTree(input, "data:cover", look);
    const text = JSON.stringify(tree);
    for (const part of [
      "S01 E06",
      "Sentry",
      "Arpad Borsos, Engineer",
      "Demo Cast",
      "podcast.example.com",
      "data:cover",
    ])
      expect(text).toContain(part);
    expect(tree.props.style).toMatchObject({ width: CARD.width, height: CARD.height });
    expect(tree.props.style!.fontFamily).toMatch(/^"Plus Jakarta Sans", "Inter"/);
  });

  it("gives the cover art the card's height less its margin, and uses the show's accent", () => {
    const [cover] = cardTree({ title: "A", label: "S01 E01" }, "data:cover", look).props.children as CardNode[];
    expect(cover.props.width).toBeGreaterThanOrEqual(CARD.height * 0.8);
    expect(look.chip).toBe(derivePalette("#6d28d9").dark.accent);
    expect(look.background).not.toBe(cardLook("Demo", "https://a.example", derivePalette("#0f766e")).background);
  });
});

describe("card layers", () => {
  const input = { title: "Sentry 🦀", label: "S01 E06", guests: "Arpad Borsos, Engineer" };
  const children = (node: CardNode) => node.props.children as CardNode[];
  const tree = cardTree(input, "data:cover", look);
  const [cover, right] = children(tree);
  const [column, foot] = children(right);

  it("draws the ground, the cover and the foot on the backdrop, in the card's frame, and no episode's text", () => {
    const backdrop = cardBackdrop("data:cover", look);
    expect(backdrop.props.style).toEqual(tree.props.style);
    expect(children(backdrop)).toEqual([cover, foot]);
    expect(JSON.stringify(backdrop)).not.toContain("Sentry");
  });

  it("sets the text on no ground in the card's box, less what lies left of the text, so that it keeps its place", () => {
    const text = cardText(input, look);
    const { backgroundColor, backgroundImage, ...frame } = tree.props.style!;
    expect([backgroundColor, backgroundImage].every(Boolean)).toBe(true);
    expect(text.props.style).toEqual({ ...frame, paddingLeft: 0, width: TEXT_LAYER.width });
    expect(children(text)).toEqual([column]);
    expect(TEXT_LAYER.left).toBe(Number(frame.padding) + cover.props.width! + Number(frame.gap));
    expect(TEXT_LAYER).toMatchObject({ width: CARD.width - TEXT_LAYER.left, height: CARD.height });
    expect(JSON.stringify(text)).not.toContain("data:cover");
  });
});
