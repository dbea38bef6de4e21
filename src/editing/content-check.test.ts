import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem, formatProblems } from "../problems.ts";
import { checkFiles, type SourceFile } from "./content-check.ts";
import { fakeCheckContext } from "../testing/fixtures.ts";

const DIR = "src/content/episodes";
const FILE = `${DIR}/s01e07-tokio.md`;

/** The files a fake project has besides its episodes. */
const context = (extra: string[] = []) =>
  fakeCheckContext(["public/audio/s01e07.mp3", "src/shortcodes/figure.astro", "src/shortcodes/note.astro", ...extra]);
const check = (sources: SourceFile[], extra?: string[]) => checkFiles(sources, context(extra));

/** A valid YAML episode, one field a line from line 2, with lines added or replaced. */
function yaml(fields: Record<string, string | null> = {}, body = "Notes."): string {
  const base: Record<string, string | null> = { title: "Tokio", date: "2024-03-01", season: "1", episode: "7" };
  const lines = Object.entries({ ...base, ...fields })
    .filter(([, value]) => value !== null)
    .map(([key, value]) => (value!.startsWith("\n") ? `${key}:${value}` : `${key}: ${value}`));
  return ["---", ...lines, "---", "", body, ""].join("\n");
}

/** Another valid episode, to clash with. */
const other = (fields: Record<string, string | null> = {}, file = `${DIR}/s01e06-sentry.md`): SourceFile => ({
  file,
  source: yaml({ title: "Sentry", episode: "6", ...fields }),
});

interface Case {
  name: string;
  files: SourceFile[];
  file?: string;
  line: number;
  field: string;
  message: RegExp;
  extra?: string[];
}

const one = (source: string, file = FILE) => [{ file, source }];

// One bad file per rule of the contract's "Bad files", and per rule the site adds.
const cases: Case[] = [
  {
    name: "a missing title",
    files: one(yaml({ title: null })),
    line: 1,
    field: "title",
    message: /^is required: expected the episode title, found nothing$/,
  },
  {
    name: "an empty title",
    files: one(yaml({ title: '"  "' })),
    line: 2,
    field: "title",
    message: /^expected the episode title, found ""$/,
  },
  {
    name: "a missing date",
    files: one(yaml({ date: null })),
    line: 1,
    field: "date",
    message: /^is required: expected a date like 2024-02-22, found nothing$/,
  },
  {
    name: "a date that is not a date",
    files: one(yaml({ date: "next tuesday" })),
    line: 3,
    field: "date",
    message: /^expected a date like 2024-02-22, found "next tuesday"$/,
  },
  {
    name: "a season that is not a number",
    files: one(yaml({ season: "one" })),
    line: 4,
    field: "season",
    message: /^expected a season number of 1 or more, found "one"$/,
  },
  {
    name: "season 0",
    files: one(yaml({ season: "0" })),
    line: 4,
    field: "season",
    message: /^expected a season number of 1 or more, found 0$/,
  },
  {
    name: "an episode that is not a number",
    files: one(yaml({ episode: "6b" })),
    line: 5,
    field: "episode",
    message: /^expected an episode number of 0 or more, found "6b"$/,
  },
  {
    name: "a negative episode",
    files: one(yaml({ episode: "-1" })),
    line: 5,
    field: "episode",
    message: /^expected an episode number of 0 or more, found -1$/,
  },
  {
    name: "an unknown episodeType",
    files: one(yaml({ episodeType: "special" })),
    line: 6,
    field: "episodeType",
    message: /^expected full, trailer or bonus, found "special"$/,
  },
  {
    name: "a draft that is not true or false",
    files: one(yaml({ draft: "no" })),
    line: 6,
    field: "draft",
    message: /^expected true or false, found "no"$/,
  },
  {
    name: "remote audio without a length",
    files: one(yaml({ audio: "\n  url: https://cdn.example/a.mp3\n  duration: 60" })),
    line: 6,
    field: "audio.length",
    message: /^is required for remote audio: expected the file size in bytes, found nothing$/,
  },
  {
    name: "remote audio without a duration",
    files: one(yaml({ audio: "\n  url: https://cdn.example/a.mp3\n  length: 1000" })),
    line: 6,
    field: "audio.duration",
    message: /^is required for remote audio: expected seconds or H:MM:SS, found nothing$/,
  },
  {
    name: "audio over plain http",
    files: one(yaml({ audio: "\n  url: http://cdn.example/a.mp3\n  length: 1\n  duration: 1" })),
    line: 7,
    field: "audio.url",
    message: /^expected an https URL, found "http:\/\/cdn.example\/a.mp3"$/,
  },
  {
    name: "a duration that is not a time",
    files: one(yaml({ audio: "\n  url: https://cdn.example/a.mp3\n  length: 1\n  duration: '1:99'" })),
    line: 9,
    field: "audio.duration",
    message: /^expected seconds or H:MM:SS, found "1:99"$/,
  },
  {
    name: "a local audio file that does not exist",
    files: one(yaml({ audio: "\n  url: /audio/missing.mp3" })),
    line: 7,
    field: "audio.url",
    message: /^expected an audio file at public\/audio\/missing.mp3, found no file there$/,
  },
  {
    name: "a bundle's image that does not exist",
    files: one(yaml({ image: "./cover.jpg" }), `${DIR}/s01e07-tokio/index.md`),
    file: `${DIR}/s01e07-tokio/index.md`,
    line: 6,
    field: "image",
    message: /^expected an image at src\/content\/episodes\/s01e07-tokio\/cover.jpg, found no file there$/,
  },
  {
    name: "a transcript that is not .vtt or .srt",
    files: one(yaml({ transcript: "notes.txt" })),
    line: 6,
    field: "transcript",
    message: /^expected a .vtt or .srt file, found "notes.txt"$/,
  },
  {
    name: "an alias that is not a site path",
    files: one(yaml({ aliases: "\n  - /p/s01e07\n  - p/s01e07" })),
    line: 8,
    field: "aliases.2",
    message: /^expected a site path starting with \/, without spaces, found "p\/s01e07"$/,
  },
  {
    name: "a guest without a name",
    files: one(yaml({ guests: "\n  - name: Carl\n  - role: Host" })),
    line: 8,
    field: "guests.2.name",
    message: /^is required: expected a name, found nothing$/,
  },
  {
    name: "a guest link that is not a URL",
    files: one(yaml({ guests: "\n  - name: Carl\n    url: carl.example" })),
    line: 8,
    field: "guests.1.url",
    message: /^expected an https:\/\/ or http:\/\/ URL, found "carl.example"$/,
  },
  {
    name: "a chapter without a start",
    files: one(yaml({ chapters: "\n  - { start: 0, title: Intro }\n  - { title: Outro }" })),
    line: 8,
    field: "chapters.2.start",
    message: /^is required: expected seconds or H:MM:SS, found nothing$/,
  },
  {
    name: "tags that are not a list",
    files: one(yaml({ tags: "rust" })),
    line: 6,
    field: "tags",
    message: /^expected a list of tags, found "rust"$/,
  },
  {
    name: "a slug with spaces",
    files: one(yaml({ slug: "my episode" })),
    line: 6,
    field: "slug",
    message: /^expected a slug of lowercase letters, digits and dashes, found "my episode"$/,
  },
  {
    name: "a field set differently at the top level and under [extra]",
    files: one('+++\ntitle = "Tokio"\ndate = 2024-03-01\nseason = 1\n[extra]\nseason = 2\nepisode = 7\n+++\n'),
    line: 4,
    field: "season",
    message: /^is set both at the top level and under \[extra\] with different values: keep one$/,
  },
  {
    name: "a bad value in a TOML [extra.audio] table",
    files: one(
      '+++\ntitle = "Tokio"\ndate = 2024-03-01\n[extra]\nseason = "01"\nepisode = "07"\n[extra.audio]\nurl = "http://cdn.example/a.mp3"\nlength = 1\nduration = 1\n+++\n',
    ),
    line: 8,
    field: "audio.url",
    message: /^expected an https URL, found "http:\/\/cdn.example\/a.mp3"$/,
  },
  {
    name: "a bad start in the second TOML [[extra.chapters]]",
    files: one(
      '+++\ntitle = "Tokio"\ndate = 2024-03-01\n[extra]\nseason = 1\nepisode = 7\n[[extra.chapters]]\nstart = 0\ntitle = "Intro"\n[[extra.chapters]]\nstart = "soon"\ntitle = "Outro"\n+++\n',
    ),
    line: 11,
    field: "chapters.2.start",
    message: /^expected seconds or H:MM:SS, found "soon"$/,
  },
  {
    name: "malformed TOML",
    files: one('+++\ntitle = "Tokio"\ndate = 2024-03-01\nseason = = 1\n+++\n'),
    line: 4,
    field: "front matter",
    message: /^expected valid TOML, found /,
  },
  {
    name: "malformed YAML",
    files: one("---\ntitle: Tokio\ndate: 2024-03-01\n  season: 1\nepisode: 7\n---\n"),
    line: 4,
    field: "front matter",
    message: /^expected valid YAML, found bad indentation/,
  },
  {
    name: "front matter that is never closed",
    files: one("---\ntitle: Tokio\ndate: 2024-03-01\n\nNotes.\n"),
    line: 1,
    field: "front matter",
    message: /^expected a closing --- line after the front matter, found none$/,
  },
  {
    name: "no front matter at all",
    files: one("# Tokio\n\nNotes.\n"),
    line: 1,
    field: "front matter",
    message: /^expected front matter between --- lines \(YAML\) or \+\+\+ lines \(TOML\), found none$/,
  },
  {
    name: "two episodes with the same season and episode number",
    files: [other({ episode: "7" }), ...one(yaml())],
    line: 5,
    field: "episode",
    message:
      /^expected an episode number not yet used in season 1, found 7, already used by src\/content\/episodes\/s01e06-sentry.md$/,
  },
  {
    name: "two episodes with the same slug",
    files: [other({ slug: "s01e07-tokio" }), ...one(yaml())],
    line: 1,
    field: "slug",
    message:
      /^expected a slug no other episode has, found "s01e07-tokio", already used by src\/content\/episodes\/s01e06-sentry.md$/,
  },
  {
    name: "two episodes with the same guid",
    files: [other({ guid: "abc-1" }), ...one(yaml({ guid: "abc-1" }))],
    line: 6,
    field: "guid",
    message:
      /^expected a permanent id no other episode has, found "abc-1", already used by src\/content\/episodes\/s01e06-sentry.md$/,
  },
  {
    name: "two episodes with the same alias",
    files: [other({ aliases: "[/old/]" }), ...one(yaml({ aliases: "\n  - /new/\n  - /old" }))],
    line: 8,
    field: "aliases.2",
    message:
      /^expected an old URL no other episode has, found "\/old\/", already used by src\/content\/episodes\/s01e06-sentry.md$/,
  },
  {
    name: "an alias that is another episode's page",
    files: [other(), ...one(yaml({ aliases: "[/episodes/s01e06-sentry]" }))],
    line: 6,
    field: "aliases.1",
    message:
      /^expected an old URL that is not a page of the site, found "\/episodes\/s01e06-sentry\/", the page of src\/content\/episodes\/s01e06-sentry.md$/,
  },
  {
    name: "an alias that shadows the feed",
    files: one(yaml({ aliases: "[/rss.xml]" })),
    line: 6,
    field: "aliases.1",
    message: /^expected an old URL that is not a page of the site, found "\/rss.xml", the podcast feed$/,
  },
  {
    name: "an alias that shadows a season page",
    files: one(yaml({ aliases: "[/seasons/1/]" })),
    line: 6,
    field: "aliases.1",
    message: /found "\/seasons\/1\/", the season pages$/,
  },
  {
    name: "an alias that shadows a page of the episode list",
    files: one(yaml({ aliases: "[/episodes/2]" })),
    line: 6,
    field: "aliases.1",
    message: /found "\/episodes\/2\/", a page of the episode list$/,
  },
  {
    name: "a shortcode with no component",
    files: one(yaml({}, 'Intro.\n\n{{ tweet(id="1") }}')),
    line: 10,
    field: "shortcode tweet",
    message:
      /^expected a component at src\/shortcodes\/tweet.astro, found no file there: create it, or remove the shortcode$/,
  },
  {
    name: "a shortcode written wrongly",
    files: one(yaml({}, 'See {{ figure(src="a.png) }}.')),
    line: 8,
    field: "shortcode",
    message:
      /^expected a shortcode like \{\{ name\(arg="value"\) \}\} with a closing ", found \{\{ figure\(src="a.png\) \}\}$/,
  },
  {
    name: "a shortcode body never closed",
    files: one(yaml({}, "{% note() %}\nText.")),
    line: 8,
    field: "shortcode",
    message: /^expected \{% end %\} to close \{% note\(\) %\}, found none$/,
  },
  {
    name: "an {% end %} with nothing to close",
    files: one(yaml({}, "Text.\n{% end %}")),
    line: 9,
    field: "shortcode",
    message: /^expected \{% end %\} only after a \{% name\(\) %\} it closes, found it alone$/,
  },
  {
    name: "a Zola shortcode in an MDX file",
    files: one(yaml({}, '{{ figure(src="a.png") }}'), `${DIR}/s01e07-tokio.mdx`),
    file: `${DIR}/s01e07-tokio.mdx`,
    line: 8,
    field: "shortcode figure",
    message: /^expected an MDX component such as <Callout>, found a Zola shortcode/,
  },
];

describe("content check", () => {
  it("accepts the seed and a Zola file with shortcodes that have components", async () => {
    const seed = readFileSync(new URL("../content/episodes/s01e06-sentry.md", import.meta.url), "utf8");
    const zola =
      '+++\ntitle = "Z"\ndate = 2024-03-01\n[extra]\nseason = "01"\nepisode = "07"\n+++\n\n{% note() %}\n{{ figure(src="a.png") }}\n{% end %}\n';
    const result = await check([
      { file: `${DIR}/s01e06-sentry.md`, source: seed },
      { file: FILE, source: zola },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.episode?.label)).toEqual(["S01 E06", "S01 E07"]);
  });

  it("has a case for at least 25 rules", () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)(
    "reports $name with its file, line and field",
    async ({ files, file = FILE, line, field, message, extra }) => {
      const { problems } = await check(files, extra);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file, line, field });
      expect(problems[0].message).toMatch(message);
    },
  );

  it("lists every problem of every file in one run, in file and line order", async () => {
    const { problems } = await check([
      { file: `${DIR}/b.md`, source: yaml({ season: "x", episode: "y" }) },
      { file: `${DIR}/a.md`, source: "+++\ntitle = \n+++\n" },
      { file: `${DIR}/c.md`, source: yaml({ aliases: "[/rss.xml]" }) },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      `${DIR}/a.md:2 — front matter — expected valid TOML, found ${problems[0].message.slice("expected valid TOML, found ".length)}`,
      `${DIR}/b.md:4 — season — expected a season number of 1 or more, found "x"`,
      `${DIR}/b.md:5 — episode — expected an episode number of 0 or more, found "y"`,
      `${DIR}/c.md:6 — aliases.1 — expected an old URL that is not a page of the site, found "/rss.xml", the podcast feed`,
    ]);
  });

  it("keeps the valid files' episodes beside the broken ones", async () => {
    const { files } = await check([other(), ...one(yaml({ season: "x" }))]);
    expect(files.map((f) => [f.slug, Boolean(f.episode), f.problems.length])).toEqual([
      ["s01e06-sentry", true, 0],
      ["s01e07-tokio", false, 1],
    ]);
  });

  it("reads a page bundle's local audio beside it", async () => {
    const bundle = `${DIR}/s01e07-tokio/index.md`;
    const source = yaml({ audio: "\n  url: ./episode.mp3" });
    expect((await check([{ file: bundle, source }], [`${DIR}/s01e07-tokio/episode.mp3`])).problems).toEqual([]);
    expect((await check([{ file: bundle, source }])).problems[0].message).toBe(
      `expected an audio file at ${DIR}/s01e07-tokio/episode.mp3, found no file there`,
    );
  });

  it("formats the problems as one block to print", async () => {
    const problem = {
      file: FILE,
      line: 4,
      field: "season",
      message: 'expected a season number of 1 or more, found "one"',
    };
    expect(formatProblems([problem])).toBe(
      `1 problem in the episode files:\n${FILE}:4 — season — expected a season number of 1 or more, found "one"`,
    );
  });
});

describe("re-checking with a cache, as the dev server does on every save", () => {
  it("reports a clash with a file that passed before, and a change to a cached file", async () => {
    const cache = new Map();
    const first = { file: FILE, source: yaml() };
    expect((await checkFiles([first, other()], context(), cache)).problems).toEqual([]);

    // The cached file now clashes with an edited one: both checks still see it.
    const clash = other({ episode: "7" });
    expect((await checkFiles([first, clash], context(), cache)).problems.map(formatProblem)).toEqual([
      `${FILE}:5 — episode — expected an episode number not yet used in season 1, found 7, already used by ${DIR}/s01e06-sentry.md`,
    ]);
    expect((await checkFiles([first, other()], context(), cache)).problems).toEqual([]);

    // An edit to the cached file itself is parsed again.
    const broken = { file: FILE, source: yaml({ season: "one" }) };
    expect((await checkFiles([broken, other()], context(), cache)).problems.map((p) => p.field)).toEqual(["season"]);
  });
});
