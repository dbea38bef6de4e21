import { describe, expect, it } from "vitest";
import { makeEpisode } from "../testing/fixtures.ts";
import {
  CARD,
  cardBackdrop,
  cardInput,
  cardText,
  cardTree,
  type CardNode,
  layoutGuests,
  layoutTitle,
  TEXT_LAYER,
  wrap,
} from "./card.ts";

describe("card text layout", () => {
  it("sets a short title large, on one or two lines", () => {
    const layout = layoutTitle("Sentry");
    expect(layout).toMatchObject({ size: 72, lines: ["Sentry"], direction: "ltr" });
  });

  it("shrinks a longer title so that it fits in four lines", () => {
    const title = "How a small team keeps a large open source project healthy for fifteen years and counting";
    const layout = layoutTitle(title);
    expect(layout.size).toBeLessThan(72);
    expect(layout.lines.length).toBeLessThanOrEqual(4);
    expect(layout.lines.join(" ")).toBe(title);
  });

  it("cuts a title too long even at the smallest size with an ellipsis, never past four lines", () => {
    const layout = layoutTitle("word ".repeat(200).trim());
    expect(layout.size).toBe(36);
    expect(layout.lines).toHaveLength(4);
    expect(layout.lines[3].endsWith("…")).toBe(true);
  });

  it("keeps guests that fit in two lines whole and cuts a long list with an ellipsis", () => {
    expect(layoutGuests("Ada Tester, Engineer · Lin Example")).toBe("Ada Tester, Engineer · Lin Example");
    const many = Array.from({ length: 12 }, (_, i) => `Guest Number${i}, Role`).join(" · ");
    const drawn = layoutGuests(many);
    expect(drawn.endsWith("…")).toBe(true);
    expect(many.startsWith(drawn.slice(0, -1).trimEnd())).toBe(true);
    expect(wrap(drawn, 30)).toHaveLength(2);
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

  it("counts an emoji as a wide letter, so that emoji titles wrap sooner", () => {
    expect(wrap("🦀".repeat(20), 72, 700).length).toBeGreaterThan(wrap("a".repeat(20), 72, 700).length);
  });

  it("draws the show, number label, title and guests with roles", () => {
    const episode = makeEpisode({ title: "Sentry", season: 1, episode: 6, guest: "Arpad Borsos", role: "Engineer" });
    const input = cardInput(episode, "Demo Cast");
    expect(input).toEqual({ show: "Demo Cast", title: "Sentry", label: "S01 E06", guests: "Arpad Borsos, Engineer" });
    const text = JSON.stringify(cardTree(input, "data:cover"));
    for (const part of ["Demo Cast · S01 E06", "Sentry", "Arpad Borsos, Engineer", "data:cover"])
      expect(text).toContain(part);
    expect(cardTree(input, "x").props.style).toMatchObject({ width: CARD.width, height: CARD.height });
  });
});

describe("card layers", () => {
  const input = { show: "Demo Cast", title: "Sentry 🦀", label: "S01 E06", guests: "Arpad Borsos, Engineer" };
  const children = (node: CardNode) => node.props.children as CardNode[];
  const { background, ...frame } = cardTree(input, "data:cover").props.style!;

  it("draws the background and cover on the backdrop, in the card's frame, and no text", () => {
    const backdrop = cardBackdrop("data:cover");
    expect(backdrop.props.style).toEqual({ ...frame, background });
    expect(children(backdrop)).toEqual([children(cardTree(input, "data:cover"))[0]]);
    expect(JSON.stringify(backdrop)).not.toContain("Sentry");
  });

  it("sets the text on no background in the card's box, less what lies left of the text, so that it keeps its place", () => {
    const text = cardText(input);
    expect(text.props.style).toEqual({ ...frame, paddingLeft: 0 });
    const [cover, column] = children(cardTree(input, "data:cover"));
    expect(children(text)).toEqual([column]);
    expect(TEXT_LAYER.left).toBe(Number(frame.padding) + cover.props.width! + Number(frame.gap));
    expect(TEXT_LAYER).toMatchObject({ width: CARD.width - TEXT_LAYER.left, height: CARD.height });
    expect(JSON.stringify(text)).not.toContain("data:cover");
  });
});
