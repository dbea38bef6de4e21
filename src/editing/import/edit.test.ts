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
    ).toBe('+++\ntitle = "A"\n[extra]\nguid = "new"\n[extra.audio]\nurl = "/new.mp3"\n+++\nB\n');
  });

  /** A file with a byte order mark and Windows line endings. */
  const lines = (...text: string[]) => `\uFEFF${text.join("\r\n")}\r\n`;
  const replaced = { url: "https://media.example.com/new.mp3", length: 2, type: "audio/mpeg", duration: 60 };
  const replacing = [
    { key: "guid", value: "new" },
    { key: "audio", value: replaced },
  ];

  it("replaces only the values in YAML: comments beside and between them, the BOM and CRLF stay, byte for byte", () => {
    const source = lines(
      "---",
      "title: A",
      "# The guid the old host gave: never change it",
      "guid: old # from LetsCast",
      "# The audio, below",
      "audio:",
      "  # the local file",
      "  url: /old.mp3 # moved later",
      "  length: 1",
      "",
      "# The end",
      "---",
      "Body",
    );
    expect(setFields(source, replacing)).toBe(
      lines(
        "---",
        "title: A",
        "# The guid the old host gave: never change it",
        'guid: "new" # from LetsCast',
        "# The audio, below",
        "audio:",
        "  # the local file",
        '  url: "https://media.example.com/new.mp3" # moved later',
        "  length: 2",
        '  type: "audio/mpeg"',
        "  duration: 60",
        "",
        "# The end",
        "---",
        "Body",
      ),
    );
  });

  it("replaces a YAML value written on one line on that line, and a key the new value lacks goes", () => {
    const source = '---\naudio: { url: /old.mp3, length: 1 } # "#" is no comment in quotes\nguid: "a # b" # c\n---\n';
    expect(setFields(source, replacing)).toBe(
      '---\naudio: { url: "https://media.example.com/new.mp3", length: 2, type: "audio/mpeg", duration: 60 } # "#" is no comment in quotes\nguid: "new" # c\n---\n',
    );
    const block = "---\naudio:\n  url: /old.mp3\n  size: 5 # gone with its key\n  # kept\n  length: 1\n---\n";
    expect(setFields(block, [{ key: "audio", value: { url: "/new.mp3", length: 3 } }])).toBe(
      '---\naudio:\n  url: "/new.mp3"\n  # kept\n  length: 3\n---\n',
    );
  });

  it("replaces only the values in TOML: comments, tables, the BOM and CRLF stay, byte for byte", () => {
    const source = lines(
      "+++",
      'title = "A"',
      "",
      "[extra]",
      "# The guid from the host",
      "guid = 'old' # keep it",
      "",
      "[extra.audio]",
      "# where it lives",
      'url = "/old.mp3" # moved',
      "length = 1",
      "# the end",
      "+++",
      "Body",
    );
    expect(setFields(source, replacing)).toBe(
      lines(
        "+++",
        'title = "A"',
        "",
        "[extra]",
        "# The guid from the host",
        'guid = "new" # keep it',
        "",
        "[extra.audio]",
        "# where it lives",
        'url = "https://media.example.com/new.mp3" # moved',
        "length = 2",
        'type = "audio/mpeg"',
        "duration = 60",
        "# the end",
        "+++",
        "Body",
      ),
    );
    const inline = '+++\naudio = { url = "/old.mp3" } # old\n+++\n';
    expect(setFields(inline, [{ key: "audio", value: { url: "/new.mp3" } }])).toBe(
      '+++\naudio = { url = "/new.mp3" } # old\n+++\n',
    );
  });

  it("keeps Windows line endings", () => {
    const source = "---\r\ntitle: A\r\n---\r\nBody\r\n";
    expect(setFields(source, [{ key: "guid", value: "g" }])).toBe('---\r\ntitle: A\r\nguid: "g"\r\n---\r\nBody\r\n');
  });
});
