import { describe, expect, it } from "vitest";
import { initials, markdownToText, stripControl, summarize, truncateBytes } from "./text.ts";

describe("summary", () => {
  it("prefers the description field", () => {
    expect(summarize("First paragraph.\n\n<!-- more -->", "The **short** summary")).toBe("The short summary");
  });

  it("takes the text before <!-- more --> when there is no description", () => {
    const body =
      "\nIn this episode, we talk to [Arpad](https://x.example)\nabout `Rust`.\n\n<!-- more -->\n\n## Show Notes\n";
    expect(summarize(body)).toBe("In this episode, we talk to Arpad about Rust.");
  });

  it("falls back to the first paragraph, skipping headings and MDX imports", () => {
    const body = 'import X from "../lib/x.astro";\n\n## Show notes\n\nThe *first* real paragraph.\n\nThe second.';
    expect(summarize(body)).toBe("The first real paragraph.");
  });

  it("ignores an empty teaser and uses the first paragraph", () => {
    expect(summarize("<!-- more -->\n\nAfter the marker.")).toBe("After the marker.");
  });

  it("is empty for an empty body", () => {
    expect(summarize("")).toBe("");
  });
});

describe("plain text", () => {
  it("drops markup but keeps the words and decoded entities", () => {
    expect(markdownToText("Tom &amp; Jerry <b>bold</b> ![cover](/c.png) > quote")).toBe(
      "Tom & Jerry bold cover > quote",
    );
  });

  it("drops control characters XML cannot hold", () => {
    expect(stripControl("a\u0000b\u0007c\td\n")).toBe("abc\td\n");
  });

  it("cuts long text to a byte budget at a word boundary", () => {
    const text = "émoji 🎙️ ".repeat(1000);
    const cut = truncateBytes(text, 4000);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(4000);
    expect(cut.endsWith("…")).toBe(true);
    expect(truncateBytes("short", 4000)).toBe("short");
  });
});

describe("initials", () => {
  it("takes the first letters of the first and last names", () => {
    expect(initials("Ada Lovelace King")).toBe("AK");
    expect(initials(" grace ")).toBe("G");
    expect(initials("Émile Zola")).toBe("ÉZ");
    expect(initials(`Zoë "The <Hacker>" O'Brien & Co ]]>`)).toBe("ZC");
  });
});
