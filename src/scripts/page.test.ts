import { describe, expect, it } from "vitest";
import { toHits } from "./page.ts";

/** A result as Pagefind's `data()` gives it, for a document of podcast/search-document.ts. */
const result = (url: string, card: object | string, extra: { locations?: number[]; anchors?: object[] } = {}) => ({
  url,
  raw_content: "Sentry. The notes of the episode.",
  meta: { title: "Sentry", label: "S01 E06", guests: '["Arpad Borsos"]' },
  filters: { card: [typeof card === "string" ? card : JSON.stringify(card)] },
  locations: extra.locations ?? [1],
  anchors: (extra.anchors ?? []) as { element: string; id: string; text: string; location: number }[],
});

describe("search hits", () => {
  it("show the title, label and guests searched, and the card the index keeps beside them", () => {
    const card = { episode: "/episodes/s01e06-sentry/", date: "Feb 22, 2024", datetime: "2024-02-22", art: "/a.webp" };
    const [hit] = toHits([result("/episodes/s01e06-sentry/", card)]);
    expect(hit).toMatchObject({
      title: "Sentry",
      label: "S01 E06",
      guests: ["Arpad Borsos"],
      url: "/episodes/s01e06-sentry/",
      card: { date: "Feb 22, 2024", datetime: "2024-02-22", art: "/a.webp" },
    });
    expect(hit.card).not.toHaveProperty("episode");
  });

  it("are one per episode: a hit in its transcript opens the episode at that moment", () => {
    const card = { episode: "/episodes/s01e02-home/" };
    const hits = toHits([
      result("/episodes/s01e02-home/", card),
      result("/episodes/s01e02-home/transcript/", card, {
        locations: [4],
        anchors: [{ element: "p", id: "t-20", text: "", location: 3 }],
      }),
    ]);
    expect(hits).toHaveLength(1);
    expect(hits[0].url).toBe("/episodes/s01e02-home/?t=20");
  });

  it("keep only the card's texts, and open the document itself where its card is not JSON", () => {
    expect(
      toHits([result("/episodes/x/", { episode: "/episodes/x/", play: { src: 1 }, art: "/a.webp" })])[0].card,
    ).toEqual({
      art: "/a.webp",
    });
    const [hit] = toHits([result("/episodes/y/", "{not json")]);
    expect(hit).toMatchObject({ url: "/episodes/y/", card: {} });
  });
});
