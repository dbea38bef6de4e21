import { makeLocale } from "../i18n/locale.ts";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkContext,
  decodeSource,
  firstNonUtf8Line,
  isEpisodePath,
  readEpisodeFiles,
  readEpisodeFolder,
  whyIgnored,
} from "./episode-files.ts";
import { walkFolder } from "./walk.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("episode files", () => {
  it.each([
    ["s01e06-sentry.md", true],
    ["s02e01-mdx-components.mdx", true],
    ["s01e02-recording-at-home/index.md", true],
    ["_index.md", false],
    ["season-1/_index.md", false],
    ["_drafts/s09e01.md", false],
    [".hidden.md", false],
    ["s01e02-recording-at-home/episode.mp3", false],
    ["s01e08.markdown", false],
    ["s01e08.MD", false],
  ])("%s is an episode: %s", (path, expected) => expect(isEpisodePath(path)).toBe(expected));

  it("reads the demo episodes, page bundles included", () => {
    const files = readEpisodeFiles(root).map((f) => f.file);
    expect(files).toContain("src/content/episodes/s01e06-sentry.md");
    expect(files).toContain("src/content/episodes/s01e02-recording-at-home/index.md");
    expect(files.every((f) => /\.mdx?$/.test(f))).toBe(true);
  });

  it.each([
    [
      "s01e08.markdown",
      /^expected \.md or \.mdx, found \.markdown: the file is ignored; rename it to publish it$/,
      true,
    ],
    ["s01e08.MD", /found \.MD:/, true],
    ["s01e09/notes.md", /^a file of the page bundle s01e09\/, not an episode: only its index\.md is one$/, false],
    ["s01e09/extra/more.md", /page bundle s01e09\//, false],
    ["_index.md", /Zola's section page/, false],
    ["_drafts/a.md", /folder whose name starts with _/, false],
    [".git/x.md", /hidden/, false],
  ])("ignores %s, saying why", (path, reason, mistake) => {
    const why = whyIgnored(path, new Set(["s01e09"]));
    expect(why?.reason).toMatch(reason);
    expect(why?.mistake).toBe(mistake);
  });

  it("finds where a file stops being UTF-8", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("---\ntitle: Caf"), 0xe9, 0x0a]);
    expect(firstNonUtf8Line(bytes)).toBe(2);
    expect(decodeSource(bytes)).toMatchObject({ notUtf8Line: 2 });
    expect(decodeSource(new TextEncoder().encode("Café\n"))).toEqual({ source: "Café\n" });
    expect(firstNonUtf8Line(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(firstNonUtf8Line(new Uint8Array([0xc0, 0xaf]))).toBe(1); // an overlong "/"
  });
});

describe("a project on disk with links in and out of it", () => {
  const base = mkdtempSync(join(tmpdir(), "episode-files-"));
  const project = join(base, "project");
  const outside = join(base, "secret.txt");
  const episodes = join(project, "src/content/episodes");
  mkdirSync(join(episodes, "s01e01-linked"), { recursive: true });
  mkdirSync(join(project, "public/audio"), { recursive: true });
  writeFileSync(outside, "root:x:0:0");
  writeFileSync(join(project, "public/audio/real.mp3"), "ID3");
  symlinkSync(outside, join(project, "public/leak.txt"));
  symlinkSync(join(project, "public/audio/real.mp3"), join(project, "public/audio/alias.mp3"));
  symlinkSync(outside, join(episodes, "s01e01-linked/transcript.vtt"));
  writeFileSync(join(episodes, "s01e01-linked/index.md"), "---\ntitle: x\n---\n");
  writeFileSync(join(episodes, "s01e01-linked/notes.md"), "bundle notes");
  writeFileSync(join(episodes, "s01e02.markdown"), "---\ntitle: x\n---\n");
  writeFileSync(join(episodes, "s01e03.md"), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
  writeFileSync(join(base, "elsewhere.md"), "---\ntitle: x\n---\n");
  symlinkSync(join(base, "elsewhere.md"), join(episodes, "s01e04.md"));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const context = checkContext(project, {
    site: "https://x.example",
    explicit: false,
    timeZone: "UTC",
    locale: makeLocale("en"),
  });

  it("tells a file of the project from a link out of it, and follows a link inside it", () => {
    expect(context.fileState("public/audio/real.mp3")).toBe("file");
    expect(context.fileState("public/audio/alias.mp3")).toBe("file");
    expect(context.fileState("public/leak.txt")).toBe("outside");
    expect(context.fileState("src/content/episodes/s01e01-linked/transcript.vtt")).toBe("outside");
    expect(context.fileState("public/audio")).toBe("not-a-file");
    expect(context.fileState("public/none.mp3")).toBe("missing");
  });

  it("reports every link of public/ that leads out of the project", () => {
    expect(walkFolder(project, "public", { strict: true }).problems).toEqual([
      {
        file: "public/leak.txt",
        field: "file",
        message: "expected a file of the project, found a link to a file outside the project: remove the link",
      },
    ]);
  });

  it("reads the episodes, marks a file that is not UTF-8, and lists what it ignores", () => {
    const { sources, ignored } = readEpisodeFolder(project);
    expect(sources.map((s) => [s.file, s.notUtf8Line, s.linkedOutside, s.source])).toEqual([
      ["src/content/episodes/s01e01-linked/index.md", undefined, undefined, "---\ntitle: x\n---\n"],
      ["src/content/episodes/s01e03.md", 2, undefined, "---\n\uFFFD\n"],
      ["src/content/episodes/s01e04.md", undefined, true, ""],
    ]);
    expect(ignored.map((i) => [i.file, i.mistake])).toEqual([
      ["src/content/episodes/s01e01-linked/notes.md", false],
      ["src/content/episodes/s01e02.markdown", true],
    ]);
  });
});
