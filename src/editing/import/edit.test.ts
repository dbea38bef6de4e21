import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../front-matter.ts";
import { setFields } from "./edit.ts";

const seed = readFileSync(new URL("../../content/episodes/s01e06-sentry.md", import.meta.url), "utf8");
const audio = { url: "https://media.example.com/sentry.mp3", length: 48213504, type: "audio/mpeg", duration: 4018 };
const edits = [
  { key: "guid", value: "7b5c1ab2-9d0e-4c4f-8a51-0c1d2e3f4a5b" },
  { key: "audio", value: audio },
];

describe("setFields", () => {
  it("adds fields under [extra] in a Zola file that keeps its fields there, and changes nothing else", () => {
    const edited = setFields(seed, edits);
    const added = [
      'guid = "7b5c1ab2-9d0e-4c4f-8a51-0c1d2e3f4a5b"',
      'audio = { url = "https://media.example.com/sentry.mp3", length = 48213504, type = "audio/mpeg", duration = 4018 }',
    ];
    expect(edited).toBe(seed.replace('series = "Podcast"\n', `series = "Podcast"\n${added.join("\n")}\n`));
    const front = readFrontMatter(edited);
    expect(front.format).toBe("toml");
    expect(front.data.extra).toMatchObject({ guid: edits[0].value, audio });
  });

  it("adds top-level fields to a TOML file without [extra], before its first table", () => {
    const source = '+++\ntitle = "A"\ndate = 2024-01-01\n\n[taxonomies]\ntags = ["x"]\n+++\nBody\n';
    expect(setFields(source, [{ key: "guid", value: "g" }])).toBe(
      '+++\ntitle = "A"\ndate = 2024-01-01\nguid = "g"\n\n[taxonomies]\ntags = ["x"]\n+++\nBody\n',
    );
  });

  it("adds YAML fields at the end of the front matter, audio as a block", () => {
    const source = "---\ntitle: A # kept\nseason: 1\n\n---\n\nBody\n";
    expect(setFields(source, edits)).toBe(
      [
        "---",
        "title: A # kept",
        "season: 1",
        'guid: "7b5c1ab2-9d0e-4c4f-8a51-0c1d2e3f4a5b"',
        "audio:",
        '  url: "https://media.example.com/sentry.mp3"',
        "  length: 48213504",
        '  type: "audio/mpeg"',
        "  duration: 4018",
        "",
        "---",
        "",
        "Body",
        "",
      ].join("\n"),
    );
  });

  it("puts YAML fields under extra: when the file keeps its fields there", () => {
    const source = "---\ntitle: A\nextra:\n  season: 1\n  episode: 2\ntags: [a]\n---\nBody\n";
    const edited = setFields(source, [{ key: "guid", value: "g" }]);
    expect(edited).toBe('---\ntitle: A\nextra:\n  season: 1\n  episode: 2\n  guid: "g"\ntags: [a]\n---\nBody\n');
  });

  it("replaces a field where it is written, its nested lines included", () => {
    const yaml = "---\naudio:\n  url: /old.mp3\n  length: 1\nguid: old\n---\nB\n";
    expect(setFields(yaml, [{ key: "audio", value: { url: "/new.mp3" } }])).toBe(
      '---\naudio:\n  url: "/new.mp3"\nguid: old\n---\nB\n',
    );
    const toml = '+++\ntitle = "A"\n[extra]\nguid = "old"\n[extra.audio]\nurl = "/old.mp3"\n+++\nB\n';
    expect(
      setFields(toml, [
        { key: "guid", value: "new" },
        { key: "audio", value: { url: "/new.mp3" } },
      ]),
    ).toBe('+++\ntitle = "A"\n[extra]\nguid = "new"\naudio = { url = "/new.mp3" }\n+++\nB\n');
  });

  it("keeps Windows line endings", () => {
    const source = "---\r\ntitle: A\r\n---\r\nBody\r\n";
    expect(setFields(source, [{ key: "guid", value: "g" }])).toBe('---\r\ntitle: A\r\nguid: "g"\r\n---\r\nBody\r\n');
  });
});
