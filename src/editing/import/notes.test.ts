import { describe, expect, it } from "vitest";
import { notesToMarkdown } from "./notes.ts";

describe("notesToMarkdown", () => {
  it("keeps headings, links, lists and emphasis", () => {
    const html =
      '<p>We talk to <strong>Arpad</strong> about <em>symbolication</em>.</p><h2>Links</h2><ul><li><a href="https://sentry.io/">Sentry</a></li><li><a href="https://github.com/getsentry/symbolic" title="The crate">symbolic</a></li></ul><ol><li>One</li></ol>';
    expect(notesToMarkdown(html)).toBe(
      [
        "We talk to **Arpad** about _symbolication_.",
        "",
        "## Links",
        "",
        "-   [Sentry](https://sentry.io/)",
        '-   [symbolic](https://github.com/getsentry/symbolic "The crate")',
        "",
        "1.  One",
      ].join("\n"),
    );
  });

  it("drops scripts, players, styles and forms with their content, and unsafe addresses", () => {
    const html = [
      "<p>Hello<script>alert(1)</script></p>",
      '<iframe src="https://share.transistor.fm/e/abc"></iframe>',
      "<style>p { color: red }</style>",
      '<p><a href="javascript:alert(1)">click</a> <img src="data:image/png;base64,xx" alt="x" onerror="alert(1)"></p>',
      '<form action="/x"><input name="q"><button>Go</button></form>',
      '<p onclick="alert(1)"><img src="https://img.example.com/a.jpg" alt="Arpad"></p>',
    ].join("");
    const markdown = notesToMarkdown(html);
    expect(markdown).toBe("Hello\n\nclick\n\n[Arpad](https://img.example.com/a.jpg)");
    expect(markdown).not.toMatch(/script|alert|iframe|javascript|onerror|onclick/);
  });

  it("turns a plain-text description into paragraphs, escaping what Markdown would read", () => {
    expect(notesToMarkdown("First line\nsecond line\n\n* not a list & 1 < 2")).toBe(
      "First line  \nsecond line\n\n\\* not a list & 1 < 2",
    );
  });
});
