import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Run, Scratch } from "./scratch.ts";

// One episode file per class of unsafe HTML in show notes, added to a copy of the site beside its
// own episodes. `npm run check:content` and `npm run build` must both refuse each, with the same
// line naming the file, the line and the field, and neither may change a source file.

const FIXTURES = "integration/fixtures/hostile-html/refused";
const DIR = "src/content/episodes";
const SCHEMES = "an http, https, mailto or tel URL or a path of the site";
const DATA = "remove it (data- attributes are for the site's own scripts)";

const expected: Array<[file: string, line: number, field: string, message: string]> = [
  ["s09e01-script.md", 10, "show notes", "expected safe HTML, found <script>: remove it"],
  ["s09e02-event-handler.md", 8, "show notes", "expected safe HTML, found the onerror attribute on <img>: remove it"],
  ["s09e03-meta-refresh.md", 10, "show notes", "expected safe HTML, found <meta>: remove it"],
  [
    "s09e04-iframe.md",
    10,
    "show notes",
    "expected an <iframe> from a host of allowEmbeds in src/show.config.ts (none yet), found one from evil.example: remove it, or add its host there",
  ],
  ["s09e05-form.md", 10, "show notes", "expected safe HTML, found <form>: remove it"],
  ["s09e05-form.md", 10, "show notes", 'expected safe HTML, found <input type="password">: remove it'],
  ["s09e06-base.md", 10, "show notes", "expected safe HTML, found <base>: remove it"],
  ["s09e07-object-embed.md", 8, "show notes", "expected safe HTML, found <object>: remove it"],
  ["s09e07-object-embed.md", 10, "show notes", "expected safe HTML, found <embed>: remove it"],
  [
    "s09e08-style-overlay.md",
    8,
    "show notes",
    'expected safe HTML, found style="position: fixed" on <div>: style may only set color, background-color, font-style, font-weight, text-decoration, text-align, overflow-x',
  ],
  [
    "s09e09-stray-closing-tag.md",
    10,
    "show notes",
    "expected safe HTML, found </main> that closes nothing the notes opened: remove it",
  ],
  [
    "s09e09-stray-closing-tag.md",
    10,
    "show notes",
    "expected safe HTML, found </body> that closes nothing the notes opened: remove it",
  ],
  [
    "s09e10-unclosed-comment.md",
    10,
    "show notes",
    "expected a comment closed by -->, found <!-- with no end: it would hide the rest of the page",
  ],
  ["s09e11-link-schemes.md", 8, "show notes", `expected a link to ${SCHEMES}, found javascript:alert(document.domain)`],
  [
    "s09e11-link-schemes.md",
    9,
    "show notes",
    `expected a link to ${SCHEMES}, found data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  ],
  ["s09e11-link-schemes.md", 10, "show notes", `expected a link to ${SCHEMES}, found vbscript:msgbox(1)`],
  ["s09e12-shortcode-url.md", 10, "shortcode figure", `expected ${SCHEMES} in src, found javascript:alert(1)`],
  [
    "s09e13-data-attributes.md",
    8,
    "show notes",
    `expected safe HTML, found the data-play attribute on <span>: ${DATA}`,
  ],
  [
    "s09e13-data-attributes.md",
    10,
    "show notes",
    `expected safe HTML, found the data-player attribute on <div>: ${DATA}`,
  ],
  [
    "s09e13-data-attributes.md",
    12,
    "show notes",
    `expected safe HTML, found the data-astro-transition-persist attribute on <div>: ${DATA}`,
  ],
];

/** Every file of the copy's sources, by path, with a hash of its content. */
function sources(site: Scratch): Map<string, string> {
  const files = new Map<string, string>();
  for (const top of ["src", "public"]) {
    for (const entry of readdirSync(site.path(top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(path, createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  }
  return files;
}

/** The problem lines a run printed about the fixtures. */
const fixtureLines = (run: Run) =>
  run.output
    .split("\n")
    .filter((line) => line.startsWith(`${DIR}/s09e`))
    .map((line) => line.trim())
    .sort();

describe("unsafe HTML in show notes", () => {
  let site: Scratch;
  let before: Map<string, string>;
  let check: Run;
  let build: Run;

  beforeAll(async () => {
    site = new Scratch();
    for (const name of readdirSync(FIXTURES)) site.write(`${DIR}/${name}`, readFileSync(join(FIXTURES, name)));
    before = sources(site);
    check = await site.run(["check:content"]);
    build = await site.run(["build"]);
  });
  afterAll(() => site.dispose());

  it("stops check:content and the build", () => {
    expect(check.code).not.toBe(0);
    expect(build.code).not.toBe(0);
    expect(site.exists("dist/episodes/s09e01-script/index.html")).toBe(false);
  });

  it.each(expected)("names %s:%i, %s: %s", (file, line, field, message) => {
    const problem = `${DIR}/${file}:${line} — ${field} — ${message}`;
    expect(check.output).toContain(problem);
    expect(build.output).toContain(problem);
  });

  it("has one fixture per class, each refused, and both name them the same", () => {
    const files = new Set(expected.map(([file]) => file));
    expect(readdirSync(FIXTURES).sort()).toEqual([...files].sort());
    expect(fixtureLines(check)).toEqual(expected.map(([f, l, fi, m]) => `${DIR}/${f}:${l} — ${fi} — ${m}`).sort());
    expect(fixtureLines(build)).toEqual(fixtureLines(check));
  });

  it("prints no stack trace and changes no source file", () => {
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(sources(site)).toEqual(before);
  });
});
