import { describe, expect, it } from "vitest";
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

  it.each(["", "12:60", "1:60:00", "abc", "12:34:56:78", "-5"])("rejects %j", (text) =>
    expect(parseTimestamp(text)).toBeUndefined(),
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
});
