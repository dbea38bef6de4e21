import { describe, expect, it } from "vitest";
import { UnquotedNumber } from "../podcast/messages.ts";
import { fieldLine, readFrontMatter, readYamlFile } from "./front-matter.ts";

describe("front matter", () => {
  it("reads YAML numbers only in plain digits, and dates as the text written", () => {
    const front = readFrontMatter(
      "---\na: 7\nb: -2.5\nc: 1e2\nd: 0x10\ne: 05124\nf: 99999999999999999999\ng: 2024-02-30\nh: true\ni: 1:30\n---\n",
    );
    expect(front.error).toBeUndefined();
    const { a, b, c, d, e, f, g, h, i } = front.data;
    expect([a, b, g, h, i]).toEqual([7, -2.5, "2024-02-30", true, "1:30"]);
    for (const [value, text] of [
      [c, "1e2"],
      [d, "0x10"],
      [e, "05124"],
      [f, "99999999999999999999"],
    ]) {
      expect(value).toBeInstanceOf(UnquotedNumber);
      expect((value as UnquotedNumber).text).toBe(text);
    }
  });

  it("keeps YAML merge keys", () => {
    expect(readFrontMatter("---\nbase: &b { x: 1 }\nother:\n  <<: *b\n  y: 2\n---\n").data.other).toEqual({
      x: 1,
      y: 2,
    });
  });

  it.each([
    ["---\ntitle: x\n+++\nbody\n", 3, "expected a closing --- line, as the front matter opens with ---, found +++"],
    ['+++\ntitle = "x"\n---\nbody\n', 3, "expected a closing +++ line, as the front matter opens with +++, found ---"],
  ])("rejects front matter closed by the other delimiter", (source, line, message) => {
    expect(readFrontMatter(source).error).toEqual({ line, message });
  });

  it("names the line and field of a TOML literal that is not a real date or a plain number", () => {
    expect(readFrontMatter('+++\ntitle = "x"\ndate = 2024-02-30\n+++\n').error).toMatchObject({
      line: 3,
      field: "date",
    });
    expect(readFrontMatter("+++\n[audio]\nduration = 60\nlength = 0x10\n+++\n").error).toEqual({
      line: 4,
      field: "length",
      message: "expected a number in digits only, found 0x10",
    });
    expect(readFrontMatter('+++\nchapters = [{ start = 1e2, title = "x" }]\n+++\n').error).toMatchObject({
      field: "start",
    });
    expect(readFrontMatter('+++\ntitle = "1e2 = 0x10"\ndate = 2024-02-29T10:00:00+01:00\n+++\n').error).toBeUndefined();
  });

  it("stops an alias bomb and oversized front matter with a message, not a RangeError", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? "*a" : `*l${i - 1}`)
          .join(", ")}]`,
      );
    const bomb = readFrontMatter(`---\n${levels.join("\n")}\n---\n`);
    expect(bomb.error?.message).toMatch(/^expected front matter of at most 10000 values, found more/);
    const big = readFrontMatter(`---\ntitle: "${"x".repeat(70_000)}"\n---\n`);
    expect(big.error?.message).toMatch(/^expected front matter of at most 64 KB, found 69 KB/);
    const deep = readFrontMatter(`---\na: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n---\n`);
    expect(deep.error?.message).toMatch(/^expected valid YAML, found /);
  });

  it("points at a field's line", () => {
    const front = readFrontMatter("---\ntitle: x\naudio:\n  url: /a.mp3\n---\n");
    expect(fieldLine(front, ["audio", "url"])).toBe(4);
  });
});

describe("a whole YAML file", () => {
  it("reads as front matter does, its lines counted from the file's first", () => {
    const file = readYamlFile("name: Lin\nlinks:\n  - name: Site\n    url: x\nyear: 1e2\n");
    expect(file.data.name).toBe("Lin");
    expect(file.data.year).toEqual(new UnquotedNumber("1e2"));
    expect(fieldLine(file, ["name"])).toBe(1);
    expect(fieldLine(file, ["links", 0, "url"])).toBe(4);
    expect(fieldLine(file, ["image"])).toBe(1);
  });

  it("takes a leading --- as YAML's own document start, and names the line of a syntax error", () => {
    expect(fieldLine(readYamlFile("---\nname: Lin\n"), ["name"])).toBe(2);
    expect(readYamlFile("name: Lin\nbio: : x\n").error).toMatchObject({
      line: 2,
      message: expect.stringMatching(/^expected valid YAML/),
    });
  });
});
