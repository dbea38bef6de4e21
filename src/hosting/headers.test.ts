import { describe, expect, it } from "vitest";
import { type HeaderRule, headersFor, readHeaders, writeHeaders } from "./headers.ts";

const rules: HeaderRule[] = [
  { why: "Everything", path: "/*", headers: { "X-A": "all" } },
  { why: "", path: "/episodes/:slug/", headers: { "X-B": "page" } },
  { why: "Text", path: "/*.vtt", headers: { "X-A": "vtt", "Content-Type": "text/vtt" } },
];

describe("a _headers file", () => {
  it("is written a rule a block, its headers indented, a comment above when it says why", () => {
    expect(writeHeaders(rules)).toBe(
      [
        "# Written by the build (src/hosting/site.ts): edit that file, not this one.",
        "",
        "# Everything",
        "/*",
        "  X-A: all",
        "",
        "/episodes/:slug/",
        "  X-B: page",
        "",
        "# Text",
        "/*.vtt",
        "  X-A: vtt",
        "  Content-Type: text/vtt",
        "",
      ].join("\n"),
    );
  });

  it("reads back what it writes, and a hand-written file with CRLF, comments and blank lines", () => {
    expect(readHeaders(writeHeaders(rules))).toEqual(rules.map((rule) => ({ ...rule, why: "" })));
    expect(readHeaders("# x\r\n/a\r\n\r\n  X-Y:  z: w \r\n")).toEqual([
      { why: "", path: "/a", headers: { "X-Y": "z: w" } },
    ]);
  });

  it("gives a path the headers of every rule that matches, as Cloudflare Pages does", () => {
    expect(headersFor(rules, "/episodes/one/")).toEqual({ "X-A": "all", "X-B": "page" });
    // A placeholder is one segment; a splat anything, slashes too.
    expect(headersFor(rules, "/episodes/one/two/")).toEqual({ "X-A": "all" });
    expect(headersFor(rules, "/episodes/one/captions.vtt")).toEqual({ "X-A": "all, vtt", "Content-Type": "text/vtt" });
    expect(headersFor(rules, "/a.vttx")).toEqual({ "X-A": "all" });
  });
});
