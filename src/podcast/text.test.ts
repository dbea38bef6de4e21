import { describe, expect, it } from "vitest";
import { growsLinearly, UNCLOSED_MARKDOWN } from "../testing/linear.ts";
import {
  initials,
  lineFinder,
  markdownToText,
  replaceBetween,
  stripControl,
  summarize,
  truncateBytes,
} from "./text.ts";

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

  it("keeps the words of links, images and emphasis, and drops what is never closed", () => {
    expect(
      markdownToText(
        "See [Rust](https://en.wikipedia.org/wiki/Rust_(programming_language)), *really* _so_ **bold** {{ x() }} <!-- gone --> <b",
      ),
    ).toBe("See Rust, really so bold <b");
    expect(markdownToText("&#1114112; &#233;t&eacute;")).toBe("&#1114112; ét&eacute;");
  });

  it("summarises a megabyte of what Markdown opens and never closes in time in proportion to it", () => {
    // Each run on one line, where the patterns stop, and over lines; the text before <!-- more -->
    // and a guest's bio are summarised whole, whatever their paragraphs.
    const units = [...UNCLOSED_MARKDOWN, "```", "{{ ", "{% ", "\\", "&#", "*a\n", "> _a\n"];
    for (const unit of units) expect(growsLinearly(markdownToText, unit), JSON.stringify(unit)).toBe(true);
    expect(growsLinearly((body) => summarize(`${body}\n\n<!-- more -->\n`), "_a \n\n")).toBe(true);
  }, 60_000);

  it("replaces each stretch between an opener and its closer, the first opener first", () => {
    const pairs = [
      ["{{", "}}"],
      ["{%", "%}"],
    ] as const;
    expect(replaceBetween("a {% b {{ c %} d }} e {{ f", pairs, "_")).toBe("a _ d }} e {{ f");
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

describe("lineFinder", () => {
  it("gives the line of any place, counting from the first line given", () => {
    const lineAt = lineFinder("a\nbc\n\nd", 10);
    expect([0, 1, 2, 4, 5, 6, 7].map(lineAt)).toEqual([10, 10, 11, 11, 12, 13, 13]);
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
