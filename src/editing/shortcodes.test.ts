import { describe, expect, it } from "vitest";
import { findShortcodes, hasShortcodes, markShortcodes, splitNotes } from "./shortcodes.ts";

describe("Zola shortcodes", () => {
  it("reads inline and block shortcodes with every kind of argument, and their lines", () => {
    const body = [
      "Intro {{ youtube(id='abc', start=30) }} here.",
      "",
      '{% note(title="Sponsor", loud=true, tags=["a", `b`], ratio=1.5) %}',
      "Body.",
      "{% end %}",
      "{{ figure() }}",
    ].join("\n");
    const { shortcodes, problems } = findShortcodes(body, 10);
    expect(problems).toEqual([]);
    expect(shortcodes).toEqual([
      { name: "youtube", args: { id: "abc", start: 30 }, line: 10, block: false },
      { name: "note", args: { title: "Sponsor", loud: true, tags: ["a", "b"], ratio: 1.5 }, line: 12, block: true },
      { name: "figure", args: {}, line: 15, block: false },
    ]);
  });

  it("leaves template text that is not a shortcode, and escaped shortcodes, alone", () => {
    const body = '{{ name }} {% if x %} {{/* youtube(id="x") */}} {%/* note() */%}{%/* end */%}';
    expect(findShortcodes(body)).toEqual({ shortcodes: [], problems: [] });
    expect(markShortcodes(body)).toBe('{{ name }} {% if x %} {{ youtube(id="x") }} {% note() %}{% end %}');
  });

  it("reports a shortcode it cannot read, one never closed and an end with nothing to close", () => {
    const { problems } = findShortcodes(
      '{{ a(x=) }}\n{% b() %}\n{% end %}\n{% end %}\n{% c() %}\n{{ d(y="1" z="2") }}',
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [
        1,
        'expected a shortcode like {{ name(arg="value") }} with a value: "text", a number, true, false or a [list], found {{ a(x=) }}',
      ],
      [4, "expected {% end %} only after a {% name() %} it closes, found it alone"],
      [5, "expected {% end %} to close {% c() %}, found none"],
      [6, 'expected a shortcode like {{ name(arg="value") }} with , or ), found {{ d(y="1" z="2") }}'],
    ]);
  });

  it("makes a shortcode alone on its line a block of its own, and keeps one inside text inline", () => {
    const marked = markShortcodes('Text {{ a(x="1") }} more.\n{{ b() }}\nNext.');
    const [inline, block] = marked.match(/<!--shortcode:[^>]*-->/g)!;
    expect(marked).toBe(`Text ${inline} more.\n\n${block}\n\nNext.`);
    expect(hasShortcodes(marked)).toBe(true);
    expect(hasShortcodes("<p>Plain</p>")).toBe(false);
  });

  it("splits rendered notes into HTML and shortcodes, block bodies nested", () => {
    const marked = markShortcodes(
      '<p>A</p>\n{% outer(n=1) %}\n<p>B</p>\n{% inner() %}\n{{ leaf(k="<v>") }}\n{% end %}\n{% end %}\n<p>C</p>',
    );
    const nodes = splitNotes(marked.replace(/\n+/g, ""));
    expect(nodes).toEqual([
      { type: "html", html: "<p>A</p>" },
      {
        type: "shortcode",
        shortcode: { name: "outer", args: { n: 1 }, line: 2, block: true },
        children: [
          { type: "html", html: "<p>B</p>" },
          {
            type: "shortcode",
            shortcode: { name: "inner", args: {}, line: 4, block: true },
            children: [{ type: "shortcode", shortcode: { name: "leaf", args: { k: "<v>" }, line: 5, block: false } }],
          },
        ],
      },
      { type: "html", html: "<p>C</p>" },
    ]);
  });

  it("keeps notes without shortcodes as one piece of HTML", () => {
    expect(splitNotes("<p>Only text</p>")).toEqual([{ type: "html", html: "<p>Only text</p>" }]);
  });
});

describe("Hugo shortcodes", () => {
  it("reads named and positional arguments, and makes a tag with a closing tag a block", () => {
    const body = [
      '{{< figure src="photo.jpg" alt="A \\"quoted\\" desk" width=300 >}}',
      "{{< youtube dQw4w9WgXcQ >}}",
      '{{% note title="Sponsor" %}}',
      "Body with {{< custom `raw text` 2 />}} inside.",
      "{{% /note %}}",
      '{{< quote "Ada" >}}Said.{{< /quote >}}',
    ].join("\n");
    const { shortcodes, problems } = findShortcodes(body, 3);
    expect(problems).toEqual([]);
    expect(shortcodes).toEqual([
      { name: "figure", args: { src: "photo.jpg", alt: 'A "quoted" desk', width: 300 }, line: 3, block: false },
      { name: "youtube", args: { _0: "dQw4w9WgXcQ", id: "dQw4w9WgXcQ" }, line: 4, block: false },
      { name: "note", args: { title: "Sponsor" }, line: 5, block: true },
      { name: "custom", args: { _0: "raw text", _1: 2 }, line: 6, block: false },
      { name: "quote", args: { _0: "Ada", author: "Ada" }, line: 8, block: true },
    ]);
  });

  it("marks Hugo shortcodes like Zola's, so that they render the same components", () => {
    const zola = markShortcodes('{% note(title="Hi") %}\nBody.\n{% end %}\n{{ youtube(id="x") }}');
    const hugo = markShortcodes('{{% note title="Hi" %}}\nBody.\n{{% /note %}}\n{{< youtube id="x" >}}');
    expect(splitNotes(hugo)).toEqual(splitNotes(zola));
  });

  it("prints an escaped shortcode as text, as Hugo does", () => {
    expect(markShortcodes('Write {{</* figure src="x.jpg" */>}} or {{%/* note */%}}.')).toBe(
      'Write {{< figure src="x.jpg" >}} or {{% note %}}.',
    );
  });

  it("reports a tag it cannot read, mixed arguments and a closing tag with nothing to close", () => {
    const { problems } = findShortcodes('{{< a x="1 >}}\n{{< b "pos" k=v >}}\n{{< /c >}}');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'expected a shortcode like {{< name arg="value" >}} with a closing ", found {{< a x="1 >}}'],
      [
        2,
        'expected a shortcode like {{< name arg="value" >}} with either named or positional arguments, as Hugo allows only one kind, found {{< b "pos" k=v >}}',
      ],
      [3, "expected {{< /c >}} only after a {{< c >}} it closes, found it alone"],
    ]);
  });
});
