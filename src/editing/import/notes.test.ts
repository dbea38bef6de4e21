import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { findShortcodes } from "../shortcodes.ts";
import { notesToMarkdown } from "./notes.ts";

/** The HTML the site makes of the Markdown (GFM, as Astro renders show notes). */
const render = (markdown: string) => markdownToHtml(markdown, { features: { gfm: true } }).html.trim();
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

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
      "First line  \nsecond line\n\n\\* not a list \\& 1 \\< 2",
    );
  });

  it("keeps text that the feed escapes as text: no tag, attribute, emphasis or shortcode comes of it", () => {
    const texts = [
      `<span data-play='{"url":"javascript:alert(1)"}'>Play</span>`,
      "<b>bold</b> and <script>alert(1)</script>",
      "&lt;i&gt; &amp; &#60;img src=x onerror=alert(1)&#62;",
      '{{ youtube(id="x") }} {% note() %}x{% end %} {{< figure src="x" >}}',
      "*stars* _under_ ~strike~ `tick` a | b [link](javascript:alert(1)) ![image](/p.gif)",
      "<!-- more --> <br/> \\<b> &amp;",
    ];
    for (const text of texts) {
      const markdown = notesToMarkdown(`<p>${escapeHtml(text)}</p>`);
      expect(render(markdown), markdown).toBe(`<p>${escapeHtml(text)}</p>`);
      expect(findShortcodes(markdown).shortcodes, markdown).toEqual([]);
    }
  });

  it("makes no markup of text split across elements, nor of a list marker or heading at a line's start", () => {
    const html = [
      "<p>&lt;<span>span data-play=1&gt;</span> &amp;<span>lt;</span> {<span>{ note() }</span>}</p>",
      "<p><span>1</span>. not a list</p>",
      "<p><span>#</span> not a heading</p>",
      "<p>&gt; not a quote<br>- not a list<br>+ nor this<br>2) nor this</p>",
      "<pre>line\n# not a heading\n&lt;b&gt;not bold</pre>",
      '<p><code>{{ youtube(id="x") }}</code></p>',
      '<p>Wow!<a href="https://a.example/">a link</a>, not an image; <img src="https://i.example/a.png" alt="&lt;b&gt;x&lt;/b&gt;"></p>',
      '<p><a href="https://a.example/{{%note%}}/{{&lt;x&gt;}}" title="{{ youtube(id=&quot;x&quot;) }} {%note()%}">shortcodes</a></p>',
    ].join("");
    const markdown = notesToMarkdown(html);
    const rendered = render(markdown);
    expect(rendered).toContain(
      '<a href="https://a.example/%7B%7B%note%25%7D%7D/%7B%7B%3Cx%3E%7D%7D" title="{{ youtube(id=&quot;x&quot;) }} {%note()%}">shortcodes</a>',
    );
    expect(rendered.match(/<[a-z0-9]+/g)).toEqual([
      "<p",
      "<p",
      "<p",
      "<p",
      "<br",
      "<br",
      "<br",
      "<pre",
      "<code",
      "<p",
      "<p",
      "<a",
      "<a",
      "<p",
      "<a",
    ]);
    expect(findShortcodes(markdown).shortcodes).toEqual([]);
    expect(rendered).toContain("&lt;span data-play=1&gt; &amp;lt; {{ note() }}");
    expect(rendered).toContain("<p>1. not a list</p>");
    expect(rendered).toContain('Wow!<a href="https://a.example/">a link</a>, not an image;');
    expect(rendered).toContain('<a href="https://i.example/a.png">&lt;b&gt;x&lt;/b&gt;</a>');
  });

  it("links the web addresses of the text as they are written, and keeps a link's own text as text", () => {
    const markdown = notesToMarkdown(
      '<p>See https://github.com/some_user/a_b?x=1&amp;y=2. Or www.example.com/~me (https://en.wikipedia.org/wiki/Rust_(language)).</p><p><a href="https://x.example/">https://x.example/a_b</a></p>',
    );
    expect(render(markdown)).toBe(
      [
        '<p>See <a href="https://github.com/some_user/a_b?x=1&amp;y=2">https://github.com/some_user/a_b?x=1&amp;y=2</a>. Or <a href="https://www.example.com/~me">www.example.com/~me</a> (<a href="https://en.wikipedia.org/wiki/Rust_%28language%29">https://en.wikipedia.org/wiki/Rust_(language)</a>).</p>',
        '<p><a href="https://x.example/">https://x.example/a_b</a></p>',
      ].join("\n"),
    );
  });
});
