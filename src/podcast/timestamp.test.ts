import { describe, expect, it } from "vitest";
import { growsLinearly } from "../testing/linear.ts";
import { momentQuery } from "../routes.ts";
import { formatTimestamp, linkTimestamps, parseMoment, parseTimestamp } from "./timestamp.ts";

describe("parseTimestamp", () => {
  it.each([
    ["754", 754],
    ["754.5", 754.5],
    ["12:34", 754],
    ["0:05", 5],
    ["1:02:03", 3723],
    ["01:02:03.250", 3723.25],
    ["12m34s", 754],
    ["1h2m", 3720],
    ["npt:90", 90],
  ])("reads %s as %d seconds", (text, seconds) => expect(parseTimestamp(text)).toBe(seconds));

  it.each(["", "12:60", "1:60:00", "abc", "12:34:56:78", "-5", "9".repeat(309), `${"9".repeat(309)}:00:00`])(
    "rejects %j",
    (text) => expect(parseTimestamp(text)).toBeUndefined(),
  );
});

describe("formatTimestamp", () => {
  it.each([
    [0, "0:00"],
    [5.9, "0:05"],
    [754, "12:34"],
    [3725, "1:02:05"],
  ])("writes %d as %s", (seconds, text) => expect(formatTimestamp(seconds)).toBe(text));

  it("round-trips through parseTimestamp", () => {
    for (const s of [0, 59, 60, 754, 3599, 3600, 7322]) expect(parseTimestamp(formatTimestamp(s))).toBe(s);
  });
});

describe("parseMoment", () => {
  it("reads ?t= in clock time and in seconds", () => {
    expect(parseMoment("?t=12:34", "")).toEqual({ start: 754 });
    expect(parseMoment("?t=754", "")).toEqual({ start: 754 });
  });
  it("reads Podlove's #t= with and without a range, before the query", () => {
    expect(parseMoment("", "#t=12:34")).toEqual({ start: 754 });
    expect(parseMoment("?t=5", "#t=1:00,2:00")).toEqual({ start: 60, end: 120 });
  });
  it("ignores a missing or unreadable moment and a backwards range", () => {
    expect(parseMoment("?page=2", "#top")).toBeUndefined();
    expect(parseMoment("?t=soon", "")).toBeUndefined();
    expect(parseMoment("", "#t=2:00,1:00")).toEqual({ start: 120 });
  });
  it("clamps a moment past the end, however large, to the episode's duration", () => {
    const huge = "1".repeat(309);
    expect(parseMoment(`?t=${huge}`, "", 57)).toEqual({ start: 57 });
    expect(parseMoment("", `#t=${huge}:00:00`, 57)).toEqual({ start: 57 });
    expect(parseMoment("?t=1:30", "", 57)).toEqual({ start: 57 });
    expect(parseMoment("", `#t=0:10,${huge}`, 57)).toEqual({ start: 10, end: 57 });
    expect(parseMoment("?t=0:20", "", 57)).toEqual({ start: 20 });
  });
  it("reads no moment too large to be a number when the duration is unknown", () => {
    expect(parseMoment(`?t=${"9".repeat(309)}`, "")).toBeUndefined();
    expect(parseMoment(`?t=${"9".repeat(309)}`, "", 0)).toBeUndefined();
    expect(parseMoment("?t=5000", "")).toEqual({ start: 5000 });
    expect(parseMoment("", `#t=10,${"9".repeat(309)}`)).toEqual({ start: 10 });
  });
  it("never gives a time that shows as NaN or Infinity", () => {
    for (const t of ["1e999", "9".repeat(400), `${"9".repeat(400)}.5`, `${"9".repeat(400)}h`, "NaN", "Infinity"]) {
      const moment = parseMoment(`?t=${t}`, "", 120);
      if (moment) expect(formatTimestamp(moment.start)).toMatch(/^\d+:\d\d$/);
    }
    expect(formatTimestamp(Infinity)).toBe("0:00");
    expect(formatTimestamp(NaN)).toBe("0:00");
  });
});

describe("linkTimestamps", () => {
  it("links a timestamp that starts a list item, a paragraph or a line", () => {
    const html = "<ul>\n<li>0:00 Intro</li>\n<li>12:34 – Topic</li>\n</ul>\n<p>1:02:03 Outro\n0:30 Again</p>";
    const out = linkTimestamps(html, momentQuery);
    expect(out).toContain('<li><a class="moment" href="?t=0" data-seek="0">0:00</a> Intro</li>');
    expect(out).toContain('<li><a class="moment" href="?t=754" data-seek="754">12:34</a> – Topic</li>');
    expect(out).toContain('<p><a class="moment" href="?t=3723" data-seek="3723">1:02:03</a> Outro');
    expect(out).toContain('\n<a class="moment" href="?t=30" data-seek="30">0:30</a> Again');
  });
  it("leaves timestamps inside sentences and code blocks alone", () => {
    const html = "<p>We met at 12:34 sharp.</p>\n<pre><code>12:34 not a link\n</code></pre>\n<p>10:00am</p>";
    expect(linkTimestamps(html, momentQuery)).toBe(html);
  });
  it("links text only: never inside an attribute's value, a comment, a link or code", () => {
    const html = [
      '<p><img src="/a.png" alt="Slides\n12:34 Intro"><span title=\'x\n0:30 y\'>z</span></p>',
      '<p title="a > b\n1:00 c">x\n2:00 Kept</p>',
      "<!-- draft\n3:00 idea -->",
      '<p><a href="/x">a\n4:00 linked already</a> <code>b\n5:00 code</code></p>',
      "<ul>\n<li><pre>6:00 pre</pre></li>\n<li>7:00 Kept too</li>\n</ul>",
    ].join("\n");
    const out = linkTimestamps(html, momentQuery);
    expect(out.match(/class="moment"/g)).toHaveLength(2);
    expect(out).toContain('\n<a class="moment" href="?t=120" data-seek="120">2:00</a> Kept</p>');
    expect(out).toContain('<li><a class="moment" href="?t=420" data-seek="420">7:00</a> Kept too</li>');
    expect(out.replace(/<a class="moment"[^>]*>([^<]*)<\/a>/g, "$1")).toBe(html);
  });
  it("reads a < that starts no tag as text", () => {
    expect(linkTimestamps("<p>a < b\n1:00 Topic</p>", momentQuery)).toBe(
      '<p>a < b\n<a class="moment" href="?t=60" data-seek="60">1:00</a> Topic</p>',
    );
  });
  it("takes time in proportion to the notes, however they are written", () => {
    const shapes = [
      "<p>0:01 x\n",
      '<p title="\n0:01 x">',
      "<a ",
      `<a b="='`,
      "< <!",
      "<code>",
      "<li>\n(1:00:00) x<br>",
    ];
    // Half a megabyte of each shape and a whole one.
    for (const shape of shapes) {
      expect(
        growsLinearly((html) => linkTimestamps(html, momentQuery), shape, { from: 512 * 1024, to: 512 * 1024 }),
        shape,
      ).toBe(true);
    }
  });
});
