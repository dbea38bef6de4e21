import { readFileSync } from "node:fs";
import { htmlToHast, markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "./front-matter.ts";
import { markShortcodes } from "./shortcodes.ts";
import {
  badScheme,
  type HtmlPolicy,
  IFRAME_SANDBOX,
  plainMarkdown,
  sanitizeNotes,
  shortcodeMarks,
  unsafeHtml,
} from "./safe-html.ts";

const NONE: HtmlPolicy = { allowEmbeds: [] };
const YOUTUBE: HtmlPolicy = { allowEmbeds: ["www.youtube-nocookie.com"] };

/** The body rendered as the collection renders it, then sanitized. */
async function page(body: string, policy = NONE): Promise<string> {
  const { html } = markdownToHtml(body, { features: { gfm: true, smartPunctuation: true } });
  return sanitizeNotes(html, policy);
}

interface Case {
  name: string;
  body: string;
  line: number;
  message: string;
  /** More problems on the same line. */
  also?: string[];
  /** What the sanitized page must not hold. */
  gone: RegExp;
  /** What it must still hold. */
  kept?: RegExp;
}

// One case per class of unsafe HTML: the check names it, and the sanitizer removes it regardless.
const cases: Case[] = [
  {
    name: "a script",
    body: "Intro.\n\n<script>alert(1)</script>\n",
    line: 3,
    message: "expected safe HTML, found <script>: remove it",
    gone: /script|alert/,
    kept: /<p>Intro\.<\/p>/,
  },
  {
    name: "an event handler",
    body: 'A photo <img src="/a.png" alt="A" onerror="alert(1)"> here.',
    line: 1,
    message: "expected safe HTML, found the onerror attribute on <img>: remove it",
    gone: /onerror|alert/,
    kept: /<img src="\/a.png" alt="A" \/>/,
  },
  {
    name: "a meta refresh",
    body: 'Text.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n',
    line: 3,
    message: "expected safe HTML, found <meta>: remove it",
    gone: /meta|refresh|evil/,
  },
  {
    name: "an iframe from a host not allowed",
    body: '<iframe src="https://evil.example/player"></iframe>\n',
    line: 1,
    message:
      "expected an <iframe> from a host of allowEmbeds in src/show.config.ts (none yet), found one from evil.example: remove it, or add its host there",
    gone: /iframe|evil/,
  },
  {
    name: "a form",
    body: '<form action="https://evil.example/"><button>Win</button></form>\n',
    line: 1,
    message: "expected safe HTML, found <form>: remove it",
    also: ["expected safe HTML, found <button>: remove it"],
    gone: /<form|<button|action=/,
  },
  {
    name: "a base",
    body: 'Text.\n\n<base href="https://evil.example/">\n',
    line: 3,
    message: "expected safe HTML, found <base>: remove it",
    gone: /base|evil/,
  },
  {
    name: "an object",
    body: '<object data="https://evil.example/x.swf"></object>\n',
    line: 1,
    message: "expected safe HTML, found <object>: remove it",
    gone: /object|swf/,
  },
  {
    name: "an embed",
    body: 'Text.\n\n<embed src="https://evil.example/x.swf">\n',
    line: 3,
    message: "expected safe HTML, found <embed>: remove it",
    gone: /embed|swf/,
  },
  {
    name: "a style that covers the page",
    body: '<div style="position: fixed; inset: 0; z-index: 9999">Won!</div>\n',
    line: 1,
    message:
      'expected safe HTML, found style="position: fixed" on <div>: style may only set color, background-color, font-style, font-weight, text-decoration, text-align, overflow-x',
    gone: /position|inset|z-index|style/,
    kept: /<div>Won!<\/div>/,
  },
  {
    name: "a stray closing tag",
    body: "Before.\n\n</main>\n\nAfter.\n",
    line: 3,
    message: "expected safe HTML, found </main> that closes nothing the notes opened: remove it",
    gone: /main/,
    kept: /After/,
  },
  {
    name: "an unclosed comment",
    body: "Before.\n\n<!-- a note\n\nAfter.\n",
    line: 3,
    message: "expected a comment closed by -->, found <!-- with no end: it would hide the rest of the page",
    gone: /<!--/,
  },
  {
    name: "a javascript: link",
    body: "Text.\n\n[Click](javascript:alert(1))\n",
    line: 3,
    message: "expected a link to an http, https, mailto or tel URL or a path of the site, found javascript:alert(1)",
    gone: /javascript/,
    kept: /<a>Click<\/a>/,
  },
  {
    name: "an entity-encoded javascript: link",
    body: "[Click](&#106;avascript:alert(1))\n",
    line: 1,
    message: "expected a link to an http, https, mailto or tel URL or a path of the site, found javascript:alert(1)",
    gone: /javascript|href/,
  },
  {
    name: "a data: image",
    body: "![x](data:image/svg+xml;base64,PHN2Zz4=)\n",
    line: 1,
    message:
      "expected an image to an http, https, mailto or tel URL or a path of the site, found data:image/svg+xml;base64,PHN2Zz4=",
    gone: /data:|src=/,
  },
  {
    name: "a vbscript: autolink",
    body: "<vbscript:msgbox(1)>\n",
    line: 1,
    message: "expected a link to an http, https, mailto or tel URL or a path of the site, found vbscript:msgbox(1)",
    gone: /href/,
  },
  {
    name: "a javascript: href in raw HTML, with a tab in the scheme",
    body: '<a href="java\tscript:alert(1)">x</a>\n',
    line: 1,
    message:
      "expected an http, https, mailto or tel URL or a path of the site in href of <a>, found java script:alert(1)",
    gone: /href|alert/,
  },
  {
    name: "a data attribute the player would read",
    body: `Hear <span data-play='{"url":"javascript:alert(1)"}'>this</span>.\n`,
    line: 1,
    message:
      "expected safe HTML, found the data-play attribute on <span>: remove it (data- attributes are for the site's own scripts)",
    gone: /data-play|javascript/,
    kept: /<span>this<\/span>/,
  },
  {
    name: "a data attribute the client router would read",
    body: 'Text.\n\n<div data-astro-transition-persist="player-bar"><a href="https://evil.example/">Now playing</a></div>\n',
    line: 3,
    message:
      "expected safe HTML, found the data-astro-transition-persist attribute on <div>: remove it (data- attributes are for the site's own scripts)",
    gone: /data-astro|player-bar/,
    kept: /<div><a href="https:\/\/evil.example\/">/,
  },
];

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Elements and attributes of a parsed tree that could run script or leave the page. */
function runnable(node: HastNode): string[] {
  const found: string[] = [];
  const tag = node.tagName ?? "";
  if (/^(script|style|svg|math|noscript|textarea|iframe|object|embed|form|base|meta|link)$/.test(tag)) found.push(tag);
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (/^on/i.test(name)) found.push(`${tag} ${name}`);
    if (typeof value === "string" && badScheme(value)) found.push(`${tag} ${name}=${value}`);
  }
  return [...found, ...(node.children ?? []).flatMap(runnable)];
}

describe("unsafeHtml and sanitizeNotes", () => {
  for (const c of cases) {
    it(`reports and removes ${c.name}`, async () => {
      const messages = [c.message, ...(c.also ?? [])];
      expect(unsafeHtml(c.body, NONE)).toEqual(messages.map((message) => ({ line: c.line, message })));
      const html = await page(c.body);
      expect(html).not.toMatch(c.gone);
      if (c.kept) expect(html).toMatch(c.kept);
    });
  }

  it("counts lines from where the body starts in the file", () => {
    expect(unsafeHtml("\n<script></script>\n", NONE, 12)).toEqual([
      { line: 13, message: "expected safe HTML, found <script>: remove it" },
    ]);
  });

  it("reads raw HTML in code spans and code blocks as text", async () => {
    const body =
      "Type `<script>alert(1)</script>`.\n\n```html\n<iframe src=x onload=alert(1)>\n```\n\n    <script>x</script>\n";
    expect(unsafeHtml(body, NONE)).toEqual([]);
    const html = await page(body);
    expect(html).toContain("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>");
    expect(html).not.toMatch(/<script|<iframe/);
  });

  it("keeps the safe HTML of show notes", async () => {
    const body = [
      "<details>\n<summary>Transcript</summary>\n\nWe *talked*.\n\n</details>",
      '<figure><img src="/a.png" alt="A"><figcaption>A <kbd>Ctrl</kbd> H<sub>2</sub>O x<sup>2</sup> <mark>m</mark> <abbr title="HyperText">HTML</abbr></figcaption></figure>',
      '<audio controls src="https://cdn.example.com/a.mp3"></audio>',
      '<video controls poster="/p.png"><source src="/v.mp4" type="video/mp4"><track src="/v.vtt" kind="captions"></video>',
      '<span style="color: #c00">red</span> [mail](mailto:a@example.com) [call](tel:+123) [page](/episodes/) [here](#notes)',
    ].join("\n\n");
    expect(unsafeHtml(body, NONE)).toEqual([]);
    const html = await page(body);
    for (const kept of ["<details>", "<summary>", "<figcaption>", "<kbd>", "<sub>", "<sup>", "<mark>", "<abbr"]) {
      expect(html).toContain(kept);
    }
    expect(html).toContain('<audio controls src="https://cdn.example.com/a.mp3">');
    expect(html).toContain('<source src="/v.mp4" type="video/mp4" /><track src="/v.vtt" kind="captions" /></video>');
    expect(html).toContain('<span style="color:#c00">red</span>');
    expect(html).toContain('<a href="mailto:a@example.com">');
  });

  it("keeps iframes of allowed hosts, lazy and sandboxed against navigating the page", async () => {
    const body = '<iframe src="https://www.youtube-nocookie.com/embed/x" sandbox="allow-top-navigation"></iframe>\n';
    expect(unsafeHtml(body, YOUTUBE)).toEqual([]);
    expect((await page(body, YOUTUBE)).trim()).toBe(
      `<iframe src="https://www.youtube-nocookie.com/embed/x" sandbox="${IFRAME_SANDBOX}" loading="lazy"></iframe>`,
    );
    expect(IFRAME_SANDBOX).not.toContain("top-navigation");
    const other = '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>\n';
    expect(unsafeHtml(other, YOUTUBE)[0].message).toMatch(/found one from www\.youtube\.com\.evil\.example/);
    expect((await page(other, YOUTUBE)).trim()).toBe("");
  });

  it("keeps the data attributes of footnotes, which nothing of ours reads", async () => {
    const body = "A claim.[^1] <b>bold</b>\n\n[^1]: The source.\n";
    const html = await page(body);
    expect(html).toContain("data-footnote-ref");
    expect(html).toContain("data-footnote-backref");
    expect(html).toContain("<section data-footnotes");
  });

  it("closes what the notes leave open, so that nothing after them is swallowed", async () => {
    const body = "<details><summary>More</summary>\n\nnever closed\n";
    expect(unsafeHtml(body, NONE)).toEqual([]);
    expect(await page(body)).toMatch(/<\/details>$/);
  });

  // Markup that parsers read differently (mutation XSS): nothing runnable may come out.
  it.each([
    "<svg><script>alert(1)</script></svg>",
    "<math><mi><style><img src=x onerror=alert(1)></style></mi></math>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<!-- <!-- nested --> <img src=x onerror=alert(1)> -->",
    '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<img src="x" onerror\n=alert(1)>',
    "<textarea></textarea><img src=x onerror=alert(1)>",
  ])("leaves nothing runnable of %s", (html) => {
    // Read back as a browser reads it: as written it would run, once sanitized nothing does.
    expect(runnable(htmlToHast(html, { fragment: true }))).not.toEqual([]);
    expect(runnable(htmlToHast(sanitizeNotes(html, NONE), { fragment: true }))).toEqual([]);
  });

  it("keeps the summary break and the collection's own shortcode marks, and no hand-written mark", () => {
    const body = 'Intro.\n\n<!-- more -->\n\n{{ figure(src="a.jpg") }}\n\n<!--shortcode:call:9:e30=-->\n';
    const marked = markShortcodes(body);
    const marks = shortcodeMarks(marked, body);
    expect(marks.size).toBe(1);
    const clean = sanitizeNotes(marked, NONE, marks);
    expect(clean).toContain("<!-- more -->");
    expect(clean).toContain([...marks][0]);
    expect(clean).not.toContain("<!--shortcode:call:9:e30=-->");
    expect(unsafeHtml(body, NONE)).toEqual([
      {
        line: 7,
        message:
          "expected a shortcode written as {{ name() }}, found a hand-written <!--shortcode:call:9:e30=-->: remove it",
      },
    ]);
  });

  it("keeps Astro's marks of Markdown images, and none that a raw <img> forged", () => {
    const mark = (json: object) => `__ASTRO_IMAGE_="${JSON.stringify(json).replace(/"/g, "&quot;")}"`;
    const image = mark({ src: "./a b.png", alt: "A & B's", index: 0 });
    expect(sanitizeNotes(`<p><img ${image}></p>`, NONE)).toBe(`<p><img ${image} /></p>`);
    const forged = mark({ src: "https://evil.example/a.png", onerror: "alert(1)", index: 0 });
    expect(sanitizeNotes(`<p><img ${forged}></p>`, NONE)).toBe("<p><img /></p>");
    const copied = `<p><img ${image}><img data-astro-image="\uE0020" src="/b.png"></p>`;
    expect(sanitizeNotes(copied, NONE)).toBe(`<p><img ${image} /><img data-astro-image="0" src="/b.png" /></p>`);
  });

  it("passes the seed episode as it is", async () => {
    const front = readFrontMatter(readFileSync("src/content/episodes/s01e06-sentry.md", "utf8"));
    expect(unsafeHtml(front.body, NONE, front.bodyLine)).toEqual([]);
    const { html } = markdownToHtml(front.body, { features: { gfm: true, smartPunctuation: true } });
    expect(sanitizeNotes(html, NONE)).toBe(html);
  });
});

describe("plainMarkdown", () => {
  it.each([
    "Text with a [link](https://example.com/) and `code`.\n\n<!-- more -->\n\n- a list",
    "[ref]: https://example.com/\n\n[ref] and ![an image](photo.jpg) and [mail](mailto:a@b.c)",
  ])("needs no parse nor sanitizing for %j", (body) => expect(plainMarkdown(body)).toBe(true));

  it.each([
    "<b>raw HTML</b>",
    "<!-- another comment -->",
    "[x](&#106;avascript:alert(1))",
    "[x](java\\script:alert(1))",
    "[x]( javascript:alert(1))",
    "![x](data:image/png;base64,x)",
    "[ref]:\n  vbscript:x",
  ])("sends %j to the check and the sanitizer", (body) => expect(plainMarkdown(body)).toBe(false));
});

describe("badScheme", () => {
  it.each(["javascript:x", "JavaScript:x", " data:text/html,x", "vbscript:x", "java\nscript:x", "file:///etc/passwd"])(
    "refuses %s",
    (url) => expect(badScheme(url)).toBeDefined(),
  );
  it.each([
    "https://a.example/",
    "http://a.example/",
    "mailto:a@b.c",
    "tel:+1",
    "/episodes/",
    "#x",
    "a.jpg",
    "//cdn.example.com/a",
  ])("accepts %s", (url) => expect(badScheme(url)).toBeUndefined());
});
