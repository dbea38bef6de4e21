import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem, formatProblems } from "../problems.ts";
import { checkFiles, type FileState, type SourceFile } from "./content-check.ts";
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
    message: /^expected a site path starting with \/, found "p\/s01e07"$/,
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
    name: "chapters out of order",
    files: one(
      yaml({
        chapters:
          '\n  - { start: "0:00", title: A }\n  - { start: "12:00", title: B }\n  - { start: "2:00", title: C }',
      }),
    ),
    line: 9,
    field: "chapters.3.start",
    message: /^expected a start after the previous chapter's 12:00, found 2:00: chapters run in order$/,
  },
  {
    name: "two chapters at the same start",
    files: one(yaml({ chapters: '\n  - { start: 0, title: A }\n  - { start: "0:00", title: B }' })),
    line: 8,
    field: "chapters.2.start",
    message: /^expected a start after the previous chapter's 0:00, found the same start 0:00$/,
  },
  {
    name: "a chapter at or after the end of remote audio",
    files: one(
      yaml({
        audio: "\n  url: https://cdn.example/a.mp3\n  length: 1000\n  duration: 60",
        chapters: "\n  - { start: 0, title: A }\n  - { start: 60, title: B }",
      }),
    ),
    line: 12,
    field: "chapters.2.start",
    message: /^expected a start before the end of the audio at 1:00, found 1:00$/,
  },
  {
    name: "a Zola shortcode in an MDX file",
    files: one(yaml({}, '{{ figure(src="a.png") }}'), `${DIR}/s01e07-tokio.mdx`),
    file: `${DIR}/s01e07-tokio.mdx`,
    line: 8,
    field: "shortcode figure",
    message: /^expected an MDX component such as <Callout>, found a Zola shortcode/,
  },
  {
    name: "a script in the show notes",
    files: one(yaml({}, "Intro.\n\n<script>alert(1)</script>")),
    line: 10,
    field: "show notes",
    message: /^expected safe HTML, found <script>: remove it$/,
  },
  {
    name: "an event handler in the show notes",
    files: one(yaml({}, 'Intro <img src="/a.png" alt="" onerror="alert(1)">')),
    line: 8,
    field: "show notes",
    message: /^expected safe HTML, found the onerror attribute on <img>: remove it$/,
  },
  {
    name: "an iframe from a host the show does not allow",
    files: one(yaml({}, 'Intro.\n\n<iframe src="https://player.example.com/x"></iframe>')),
    line: 10,
    field: "show notes",
    message:
      /^expected an <iframe> from a host of allowEmbeds in src\/show.config.ts \(none yet\), found one from player.example.com: remove it, or add its host there$/,
  },
  {
    name: "a style that covers the page",
    files: one(yaml({}, '<div style="position:fixed;inset:0">Win</div>')),
    line: 8,
    field: "show notes",
    message: /^expected safe HTML, found style="position:fixed" on <div>: style may only set color, /,
  },
  {
    name: "an unclosed comment",
    files: one(yaml({}, "Intro.\n\n<!-- todo\n\nThe rest.")),
    line: 10,
    field: "show notes",
    message: /^expected a comment closed by -->, found <!-- with no end: it would hide the rest of the page$/,
  },
  {
    name: "a stray closing tag",
    files: one(yaml({}, "Intro.\n\n</main>")),
    line: 10,
    field: "show notes",
    message: /^expected safe HTML, found <\/main> that closes nothing the notes opened: remove it$/,
  },
  {
    name: "a javascript: link in the show notes",
    files: one(yaml({}, "Intro.\n\n- [Win](javascript:alert(1))")),
    line: 10,
    field: "show notes",
    message:
      /^expected a link to an http, https, mailto or tel URL or a path of the site, found javascript:alert\(1\)$/,
  },
  {
    name: "a data: URL in a shortcode argument",
    files: one(yaml({}, 'Intro.\n\n{{ figure(src="data:text/html,<script>alert(1)</script>", alt="x") }}')),
    line: 10,
    field: "shortcode figure",
    message:
      /^expected an http, https, mailto or tel URL or a path of the site in src, found data:text\/html,<script>alert\(1\)<\/script>$/,
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

  it("reads HTML in code as text, shortcode arguments as arguments, and allows the show's embeds", async () => {
    const body = [
      "Type `<script>` or `[x](javascript:y)`:",
      "```html\n<script>alert(1)</script>\n```",
      '{{ figure(src="a.png", caption="<b>bold</b> <script>") }}',
      '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>',
    ].join("\n\n");
    const embeds = { ...context(), allowEmbeds: ["www.youtube-nocookie.com"] };
    expect((await checkFiles(one(yaml({}, body)), embeds)).problems).toEqual([]);
    expect((await checkFiles(one(yaml({}, body)), context())).problems.map((p) => p.line)).toEqual([16]);
  });

  it("leaves MDX to review as code", async () => {
    const mdx = one(yaml({}, "<div onClick={() => alert(1)}>x</div>"), `${DIR}/s01e07-tokio.mdx`);
    expect((await check(mdx)).problems).toEqual([]);
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

const BUNDLE = `${DIR}/s01e07-tokio/index.md`;
const BOMB = [
  "---",
  "title: Bomb",
  "date: 2024-03-01",
  "season: 1",
  "episode: 7",
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
  "---",
  "",
].join("\n");

interface HostileCase extends Case {
  states?: Record<string, FileState>;
}

// Hostile and odd input: each class of issue 13 that a file can carry, with its file, line and field.
const hostile: HostileCase[] = [
  {
    name: "a javascript: URL as a guest's link",
    files: one(yaml({ guests: "\n  - name: Eve\n    url: javascript:alert(1)" })),
    line: 8,
    field: "guests.1.url",
    message: /^expected an https:\/\/ or http:\/\/ URL, found "javascript:alert\(1\)"$/,
  },
  {
    name: "a data: URL as a chapter's link",
    files: one(yaml({ chapters: "\n  - { start: 0, title: Intro, url: 'data:text/html,<script>x</script>' }" })),
    line: 7,
    field: "chapters.1.url",
    message: /^expected an https:\/\/ or http:\/\/ URL, found "data:text\/html,<script>x<\/script>"$/,
  },
  {
    name: "a vbscript: URL as the episode art",
    files: one(yaml({ image: "vbscript:msgbox(1)" })),
    line: 6,
    field: "image",
    message: /^expected an image path or URL, found "vbscript:msgbox\(1\)"$/,
  },
  {
    name: "a data: URL as the audio",
    files: one(yaml({ audio: "\n  url: data:audio/mpeg;base64,AAAA" })),
    line: 7,
    field: "audio.url",
    message: /^expected an https URL or a file path, found "data:audio\/mpeg;base64,AAAA"$/,
  },
  {
    name: "a javascript: URL as the transcript",
    files: one(yaml({ transcript: "javascript:x.vtt" })),
    line: 6,
    field: "transcript",
    message: /^expected a \.vtt or \.srt file, found "javascript:x\.vtt"$/,
  },
  {
    name: "art with .. that leaves the episode's folder",
    files: one(yaml({ image: "../../secret.png" }), BUNDLE),
    file: BUNDLE,
    line: 6,
    field: "image",
    message: /^expected a path that stays inside the episode's folder, found "\.\.\/\.\.\/secret\.png"$/,
  },
  {
    name: "audio of public/ that is a symlink out of the project",
    files: one(yaml({ audio: "\n  url: /audio/s01e07.mp3" })),
    states: { "public/audio/s01e07.mp3": "outside" },
    line: 7,
    field: "audio.url",
    message:
      /^expected an audio file inside the project at public\/audio\/s01e07\.mp3, found a link to a file outside the project$/,
  },
  {
    name: "a bundle's transcript that is a symlink out of the project",
    files: one(yaml({ transcript: "./transcript.vtt" }), BUNDLE),
    states: { [`${DIR}/s01e07-tokio/transcript.vtt`]: "outside" },
    file: BUNDLE,
    line: 6,
    field: "transcript",
    message:
      /^expected a transcript inside the project at .*transcript\.vtt, found a link to a file outside the project$/,
  },
  {
    name: "a file of a page bundle that is a symlink out of the project, named by no field",
    files: one(yaml(), BUNDLE),
    states: { [`${DIR}/s01e07-tokio/passwd.txt`]: "outside" },
    file: BUNDLE,
    line: 1,
    field: "page bundle",
    message:
      /^expected files of the project in the page bundle, found .*passwd\.txt, a link to a file outside the project/,
  },
  {
    name: "a Markdown image with .. in the show notes",
    files: one(yaml({}, "Intro.\n\n![x](../../secret.png)")),
    line: 10,
    field: "show notes",
    message: /^expected an image path that stays inside the episode's folder, found "\.\.\/\.\.\/secret\.png"$/,
  },
  {
    name: "a Markdown image that is a symlink out of the project",
    files: one(yaml({}, "![x](studio.png)"), BUNDLE),
    states: { [`${DIR}/s01e07-tokio/studio.png`]: "outside" },
    file: BUNDLE,
    line: 8,
    field: "show notes",
    message: /^expected an image inside the project at .*studio\.png, found a link to a file outside the project$/,
  },
  {
    name: "a Markdown image that is missing",
    files: one(yaml({}, "![x](studio.png)"), BUNDLE),
    file: BUNDLE,
    line: 8,
    field: "show notes",
    message: /^expected an image at src\/content\/episodes\/s01e07-tokio\/studio\.png, found no file there$/,
  },
  {
    name: "a Markdown image that is no image, which the build cannot read",
    files: one(yaml({}, "Intro.\n\n![x](studio.text.png)"), BUNDLE),
    extra: [`${DIR}/s01e07-tokio/studio.text.png`],
    file: BUNDLE,
    line: 10,
    field: "show notes",
    message: /^expected an image \(PNG, JPEG, GIF, WebP, AVIF or SVG\) at .*studio\.text\.png, found a text file$/,
  },
  {
    name: "a guest's image beside the episode that the site does not publish",
    files: one(yaml({ guests: "\n  - name: Eve\n    image: ./face.svg" }), BUNDLE),
    extra: [`${DIR}/s01e07-tokio/face.svg`],
    file: BUNDLE,
    line: 8,
    field: "guests.1.image",
    message:
      /^expected an image, audio, video, transcript, chapters \(\.json\) or PDF file beside the episode, found .*face\.svg, which the site does not publish$/,
  },
  {
    name: "a file that is not UTF-8",
    files: [{ file: FILE, source: yaml({ title: "Caf\uFFFD" }), notUtf8Line: 2 }],
    line: 2,
    field: "front matter",
    message: /^expected UTF-8 text, found bytes that are not UTF-8: save the file as UTF-8$/,
  },
  {
    name: "an episode file that is a symlink out of the project",
    files: [{ file: FILE, source: "", linkedOutside: true }],
    line: 1,
    field: "file",
    message: /^expected an episode file of the project, found a link to a file outside the project$/,
  },
  {
    name: "a bidi override in the title",
    files: one(yaml({ title: '"Safe \u202Egnp.exe"' })),
    line: 2,
    field: "title",
    message: /^expected the episode title on one line, .*found U\+202E in "Safe \[U\+202E\]gnp\.exe"$/,
  },
  {
    name: "a bidi isolate in a guest's name",
    files: one(yaml({ guests: '\n  - name: "Eve \u2066x\u2069"' })),
    line: 7,
    field: "guests.1.name",
    message: /found U\+2066 in "Eve \[U\+2066\]x\[U\+2069\]"$/,
  },
  {
    name: "a NUL in a chapter title (TOML, which allows it escaped)",
    files: one(
      '+++\ntitle = "Tokio"\ndate = 2024-03-01\nseason = 1\nepisode = 7\n[[chapters]]\nstart = 0\ntitle = "In\\u0000tro"\n+++\n',
    ),
    line: 8,
    field: "chapters.1.title",
    message: /found U\+0000 in "In\[U\+0000\]tro"$/,
  },
  {
    name: "a control character in the show notes",
    files: one(yaml({}, "Intro.\n\nA bell \u0007 here.")),
    line: 10,
    field: "show notes",
    message: /^expected text without control characters, found U\+0007$/,
  },
  {
    name: "a date that is not in the calendar",
    files: one(yaml({ date: "2024-02-30" })),
    line: 3,
    field: "date",
    message: /^expected a date like 2024-02-22 that is a real day, found "2024-02-30": February 2024 has 29 days$/,
  },
  {
    name: "a date in words",
    files: one(yaml({ date: "March 5" })),
    line: 3,
    field: "date",
    message: /^expected a date like 2024-02-22, found "March 5"$/,
  },
  {
    name: "a date in the US form",
    files: one(yaml({ date: '"03/04/2024"' })),
    line: 3,
    field: "date",
    message: /^expected a date like 2024-02-22, found "03\/04\/2024"$/,
  },
  {
    name: "a TOML date that is not in the calendar",
    files: one('+++\ntitle = "Tokio"\ndate = 2023-02-29\nseason = 1\nepisode = 7\n+++\n'),
    line: 3,
    field: "date",
    message: /^expected a date like 2024-02-22 that is a real day, found "2023-02-29": February 2023 has 28 days$/,
  },
  {
    name: "a season in exponent form",
    files: one(yaml({ season: "1e2" })),
    line: 4,
    field: "season",
    message: /^expected a season number of 1 or more, found 1e2: write numbers in digits only$/,
  },
  {
    name: "a season in hexadecimal",
    files: one(yaml({ season: "0x10" })),
    line: 4,
    field: "season",
    message: /^expected a season number of 1 or more, found 0x10: write numbers in digits only$/,
  },
  {
    name: "a quoted episode number too big for a safe integer",
    files: one(yaml({ episode: '"100000000000000000000"' })),
    line: 5,
    field: "episode",
    message: /^expected an episode number of at most 99999, found "100000000000000000000"$/,
  },
  {
    name: "an unquoted guid with a leading zero",
    files: one(yaml({ guid: "05124" })),
    line: 6,
    field: "guid",
    message: /^expected a permanent id, found 05124, which YAML reads as a number: write it in quotes, "05124"$/,
  },
  {
    name: "a TOML size with underscores",
    files: one(
      '+++\ntitle = "Tokio"\ndate = 2024-03-01\nseason = 1\nepisode = 7\n[audio]\nurl = "https://cdn.example/a.mp3"\nlength = 1_000\nduration = 60\n+++\n',
    ),
    line: 8,
    field: "length",
    message: /^expected a number in digits only, found 1_000$/,
  },
  {
    name: "front matter opened with --- and closed with +++",
    files: one("---\ntitle: Tokio\ndate: 2024-03-01\nseason: 1\nepisode: 7\n+++\n\nNotes.\n"),
    line: 6,
    field: "front matter",
    message: /^expected a closing --- line, as the front matter opens with ---, found \+\+\+$/,
  },
  {
    name: "front matter opened with +++ and closed with ---",
    files: one('+++\ntitle = "Tokio"\n---\n\nNotes.\n'),
    line: 3,
    field: "front matter",
    message: /^expected a closing \+\+\+ line, as the front matter opens with \+\+\+, found ---$/,
  },
  {
    name: "a file name with no letter a URL can carry",
    files: one(yaml(), `${DIR}/日本語.md`),
    file: `${DIR}/日本語.md`,
    line: 1,
    field: "slug",
    message: /^expected a file name with letters or digits for the URL, found "日本語\.md": add a slug field/,
  },
  {
    name: "a file name that is a page of the episode list",
    files: one(yaml(), `${DIR}/2.md`),
    file: `${DIR}/2.md`,
    line: 1,
    field: "slug",
    message: /^expected a slug that no page of the site has, found "2", a page of the episode list/,
  },
  {
    name: "an alias on a file of public/",
    files: one(yaml({ aliases: "[/cover.png]" })),
    extra: ["public/cover.png"],
    line: 6,
    field: "aliases.1",
    message: /^expected an old URL that is not a file of public\/, found "\/cover\.png", the file public\/cover\.png$/,
  },
  {
    name: "an alias under an audio file of public/",
    files: one(yaml({ aliases: "[/audio/s01e07.mp3/]" })),
    line: 6,
    field: "aliases.1",
    message: /found "\/audio\/s01e07\.mp3\/", the file public\/audio\/s01e07\.mp3$/,
  },
  {
    name: "an alias with ..",
    files: one(yaml({ aliases: "[/old/../../x/]" })),
    line: 6,
    field: "aliases.1",
    message: /^expected a site path without \. or \.\. parts, found "\/old\/\.\.\/\.\.\/x\/"$/,
  },
  {
    name: "a text file named .mp3",
    files: one(yaml({ audio: "\n  url: /audio/x.text.mp3" })),
    extra: ["public/audio/x.text.mp3"],
    line: 7,
    field: "audio.url",
    message: /^expected MP3 audio, as the name ends in \.mp3, at public\/audio\/x\.text\.mp3, found a text file$/,
  },
  {
    name: "an MP3 named .m4a",
    files: one(yaml({ audio: "\n  url: /audio/x.mp3.m4a" })),
    extra: ["public/audio/x.mp3.m4a"],
    line: 7,
    field: "audio.url",
    message: /^expected MPEG-4 audio, as the name ends in \.m4a, at .*, found MP3 audio: rename the file to \.mp3$/,
  },
  {
    name: "a WAV named .ogg",
    files: one(yaml({ audio: "\n  url: /audio/x.wav.ogg" })),
    extra: ["public/audio/x.wav.ogg"],
    line: 7,
    field: "audio.url",
    message: /found WAV audio: rename the file to \.wav$/,
  },
  {
    name: "a zero-byte audio file",
    files: one(yaml({ audio: "\n  url: /audio/x.empty.mp3" })),
    extra: ["public/audio/x.empty.mp3"],
    line: 7,
    field: "audio.url",
    message: /^expected an audio file at public\/audio\/x\.empty\.mp3, found an empty file \(0 bytes\)$/,
  },
  {
    name: "remote audio without an extension or a type",
    files: one(yaml({ audio: "\n  url: https://cdn.example/stream/42\n  length: 1\n  duration: 1" })),
    line: 6,
    field: "audio.type",
    message: /^is required for a URL without a file extension: expected a MIME type like audio\/mpeg, found nothing$/,
  },
  {
    name: "a type that says otherwise than the file name",
    files: one(yaml({ audio: "\n  url: https://cdn.example/a.mp3\n  type: audio/ogg\n  length: 1\n  duration: 1" })),
    line: 8,
    field: "audio.type",
    message: /^expected audio\/mpeg for a file named https:\/\/cdn\.example\/a\.mp3, found "audio\/ogg"/,
  },
  {
    name: "a role without a guest",
    files: one(yaml({ role: "Maintainer" })),
    line: 6,
    field: "role",
    message: /^expected guest beside role, found role "Maintainer" alone/,
  },
  {
    name: "a YAML alias bomb",
    files: one(BOMB),
    line: 1,
    field: "front matter",
    message: /^expected front matter of at most 10000 values, found more once its YAML aliases \(\*name\) are expanded/,
  },
  {
    name: "front matter above 64 KB",
    files: one(yaml({ description: `"${"x".repeat(70_000)}"` })),
    line: 1,
    field: "front matter",
    message: /^expected front matter of at most 64 KB, found 69 KB: show notes belong below it$/,
  },
];

describe("hostile and odd input", () => {
  it.each(hostile)(
    "reports $name with its file, line and field",
    async ({ files, file = FILE, line, field, message, extra = [], states = {} }) => {
      const ctx = fakeCheckContext(
        ["public/audio/s01e07.mp3", "src/shortcodes/figure.astro", "src/shortcodes/note.astro", ...extra],
        states,
      );
      const { problems } = await checkFiles(files, ctx);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file, line, field });
      expect(problems[0].message).toMatch(message);
    },
  );

  it("takes a date with an offset as that instant, and a date alone as that day in the show's time zone", async () => {
    const ctx = { ...fakeCheckContext(), timeZone: "Pacific/Auckland" };
    const { files, problems } = await checkFiles(
      [
        { file: `${DIR}/a.md`, source: yaml({ date: "2024-03-01" }) },
        { file: `${DIR}/b.md`, source: yaml({ episode: "8", date: "2024-03-01T10:00:00-05:00" }) },
        { file: `${DIR}/c.md`, source: '+++\ntitle = "C"\ndate = 2024-07-01T09:30:00\nseason = 1\nepisode = 9\n+++\n' },
      ],
      ctx,
    );
    expect(problems).toEqual([]);
    expect(files.map((f) => f.episode!.date.toISOString())).toEqual([
      "2024-02-29T11:00:00.000Z",
      "2024-03-01T15:00:00.000Z",
      "2024-06-30T21:30:00.000Z",
    ]);
  });

  it("honours the type of remote audio whose URL has no extension", async () => {
    const source = yaml({
      audio: "\n  url: https://cdn.example/stream/42\n  type: audio/mpeg\n  length: 1\n  duration: 1",
    });
    const { files, problems } = await check(one(source));
    expect(problems).toEqual([]);
    expect(files[0].episode!.audio).toMatchObject({ url: "https://cdn.example/stream/42", type: "audio/mpeg" });
  });

  it("makes the slug of a file name by transliterating it", async () => {
    const { files, problems } = await check(one(yaml(), `${DIR}/My Épisode.md`));
    expect(problems).toEqual([]);
    expect(files[0].episode!.url).toBe("/episodes/my-episode/");
  });

  it("accepts a symlink inside the project to a file inside it", async () => {
    const { problems } = await check(one(yaml({ audio: "\n  url: /audio/s01e07.mp3" })));
    expect(problems).toEqual([]);
  });

  it("warns, naming the file, about a very long title and very large show notes", async () => {
    const title = "T".repeat(200);
    const { problems, warnings } = await check(one(yaml({ title }, `${"x".repeat(75 * 1024)}\n\n`.repeat(2))));
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      `${FILE}:2 — title — expected a title of at most 150 characters, found 200: podcast apps cut long titles`,
      `${FILE}:8 — show notes — expected show notes of at most 100 KB, found 150 KB: the page and the feed carry all of it`,
    ]);
  });

  it("lists an ignored file that is likely a mistake as a warning", async () => {
    const ignored = [
      {
        file: `${DIR}/a.markdown`,
        reason: "expected .md or .mdx, found .markdown: the file is ignored",
        mistake: true,
      },
      { file: `${DIR}/_index.md`, reason: "Zola's section page, not an episode", mistake: false },
    ];
    const result = await checkFiles([], context(), undefined, ignored);
    expect(result.ignored).toEqual(ignored);
    expect(result.warnings).toEqual([{ file: `${DIR}/a.markdown`, field: "file", message: ignored[0].reason }]);
  });

  it("reads a local transcript as the build does, and reports where reading stopped, on the transcript", async () => {
    const transcript = `${DIR}/s01e07-tokio/transcript.vtt`;
    const ctx = {
      ...context([transcript]),
      text: () => "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHi.\n\n00:00:8.000 --> 00:00:09.000\nThere.\n",
    };
    const { problems } = await checkFiles(one(yaml({ transcript: "./transcript.vtt" }), BUNDLE), ctx);
    expect(problems.map(formatProblem)).toEqual([
      `${transcript}:6 — transcript — expected a valid VTT transcript, found: Must be exactly two digits.`,
    ]);
    expect(
      (await checkFiles(one(yaml({ transcript: "./transcript.vtt" }), BUNDLE), context([transcript]))).problems,
    ).toEqual([]);
  });

  it("reads a local audio file's duration as the build does, for chapters that must start before its end", async () => {
    const ctx = { ...context(), audioDuration: async () => 6 };
    const chapters = '\n  - { start: 0, title: Intro }\n  - { start: "0:10", title: Too late }';
    const source = yaml({ audio: "\n  url: /audio/s01e07.mp3", chapters });
    expect((await checkFiles(one(source), ctx)).problems.map(formatProblem)).toEqual([
      `${FILE}:10 — chapters.2.start — expected a start before the end of the audio at 0:06, found 0:10`,
    ]);
  });

  it("warns about each file of a page bundle that it does not publish, and about nothing it does", async () => {
    const folder = `${DIR}/s01e07-tokio`;
    const files = ["page.shtml", "page.xht", "style.xsl", "README", "studio.png", "clip.mp4", "notes.md", ".DS_Store"];
    const { problems, warnings } = await check(
      one(yaml({}, "Notes."), BUNDLE),
      files.map((name) => `${folder}/${name}`),
    );
    expect(problems).toEqual([]);
    const ignored = (what: string) =>
      `expected an image, audio, video, transcript, chapters (.json) or PDF file in a page bundle, found ${what}: the file is ignored, not published`;
    expect(warnings.map(formatProblem)).toEqual([
      `${folder}/page.shtml — file — ${ignored(".shtml")}`,
      `${folder}/page.xht — file — ${ignored(".xht")}`,
      `${folder}/README — file — ${ignored("a file without an extension")}`,
      `${folder}/style.xsl — file — ${ignored(".xsl")}`,
    ]);
  });

  it("turns an unforeseen failure into a problem naming the file, not a stack trace", async () => {
    const ctx = {
      ...context(),
      audioContent: async () => {
        throw new Error("EIO: i/o error, read");
      },
    };
    const { problems } = await checkFiles(one(yaml({ audio: "\n  url: /audio/s01e07.mp3" })), ctx);
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:1 — file — expected a file the check can read, found an error: EIO: i/o error, read`,
    ]);
  });
});

describe("host player embeds", () => {
  const player =
    '<script src="https://letscast.fm/podcasts/rust-in-production-82281512/episodes/tokio/player.js?size=s"></script>';

  it("warns, at the embed's line, when the host's player is the episode's only audio", async () => {
    const result = await check([{ file: FILE, source: yaml({}, `Summary.\n\n${player}`) }]);
    expect(result.problems).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      `${FILE}:10 — audio — expected audio in the front matter, found only a LetsCast player, which the site does not publish: run \`npm run import -- <the LetsCast feed URL>\` to bring in the audio and guid`,
    ]);
  });

  it("says nothing when the episode has its own audio: the build drops the redundant player", async () => {
    const source = yaml({ audio: "\n  url: /audio/s01e07.mp3" }, `Summary.\n\n${player}`);
    expect((await check([{ file: FILE, source }])).warnings).toEqual([]);
  });
});

describe("Podcasting 2.0 fields", () => {
  const problemsOf = async (fields: Record<string, string>, ctx = context()) =>
    (await checkFiles(one(yaml(fields)), ctx)).problems.map(formatProblem);

  it.each([
    [
      "a soundbite with a negative duration",
      { soundbites: "\n  - { start: 10, duration: -5 }" },
      `${FILE}:7 — soundbites.1.duration — expected a length in seconds above 0, found -5`,
    ],
    [
      "a geo that is not a geo: URI",
      { location: "{ name: Berlin, geo: '52.52,13.40' }" },
      `${FILE}:6 — location.geo — expected a geo: URI such as geo:30.2672,-97.7431, found "52.52,13.40"`,
    ],
    [
      "a geo in the second place of a list",
      { location: "\n  - { name: Berlin, geo: 'geo:52.52,13.40' }\n  - { name: Paris, osm: 'X1' }" },
      `${FILE}:8 — location.2.osm — expected an OpenStreetMap id such as R113314, found "X1"`,
    ],
    [
      "an alternate source that is neither https nor ipfs",
      {
        alternateEnclosures:
          "\n  - { url: 'https://cdn.example.com/a.mp4', type: video/mp4, sources: ['javascript:alert(1)'] }",
      },
      `${FILE}:7 — alternateEnclosures.1.sources.1 — expected an https:// URL or an ipfs:// URI, found "javascript:alert(1)"`,
    ],
    [
      "an ipfs alternate as the url pages play",
      { alternateEnclosures: "\n  - { url: 'ipfs://QmVideo', type: video/mp4 }" },
      `${FILE}:7 — alternateEnclosures.1.url — expected an https URL or a file path, found "ipfs://QmVideo"`,
    ],
    [
      "a transcript elsewhere on http",
      { transcripts: "\n  - { url: 'http://cdn.example.com/t.txt' }" },
      `${FILE}:7 — transcripts.1.url — expected an https:// URL, found "http://cdn.example.com/t.txt"`,
    ],
    [
      "a transcript elsewhere whose name says no type",
      { transcripts: "\n  - { url: 'https://cdn.example.com/transcript' }" },
      `${FILE}:7 — transcripts.1.type — is required for a URL without a .txt, .html, .vtt, .srt or .json name: expected text/plain, text/html, text/vtt, application/x-subrip, application/json, found nothing`,
    ],
    [
      "captions that are plain text",
      { transcripts: "\n  - { url: 'https://cdn.example.com/t.txt', rel: captions }" },
      `${FILE}:7 — transcripts.1.rel — expected rel only on text/vtt or application/x-subrip captions, found rel "captions" on text/plain`,
    ],
    [
      "a person of a role the namespace lacks",
      { persons: "\n  - { name: Cy, role: chief vibes officer }" },
      `${FILE}:7 — persons.1.role — expected a podcast:person role such as host or guest, found "chief vibes officer"`,
    ],
    [
      "a place with an unknown rel",
      { location: "{ name: Berlin, rel: about }" },
      `${FILE}:6 — location.rel — expected subject or creator, found "about"`,
    ],
    [
      "a licence that is no SPDX id",
      { license: '"my own licence"' },
      `${FILE}:6 — license — expected an SPDX licence id such as CC-BY-4.0, or a table with name and url, found "my own licence"`,
    ],
    [
      "a licence of its own without a URL",
      { license: "{ name: Mine }" },
      `${FILE}:6 — license.url — is required: expected an https:// URL, found nothing`,
    ],
    [
      "a value split that is not a whole number",
      { value: "\n  recipients:\n    - { name: Host, address: 03ab, split: 2.5 }" },
      `${FILE}:8 — value.recipients.1.split — expected a whole-number split such as 90, found 2.5`,
    ],
    [
      "a conversation on an http URL",
      { socialInteract: "\n  - { url: 'http://social.example/@show/1', protocol: activitypub }" },
      `${FILE}:7 — socialInteract.1.url — expected the https URL of the post that starts the conversation, found "http://social.example/@show/1"`,
    ],
    [
      "a conversation with a javascript: URL",
      { socialInteract: "\n  - { url: 'javascript:alert(1)', protocol: activitypub }" },
      `${FILE}:7 — socialInteract.1.url — expected the https URL of the post that starts the conversation, found "javascript:alert(1)"`,
    ],
    [
      "a conversation on an unknown protocol",
      { socialInteract: "\n  - { url: 'https://social.example/1', protocol: mastodon }" },
      `${FILE}:7 — socialInteract.1.protocol — expected activitypub, atproto, twitter, lightning, matrix, nostr, hive or disabled, found "mastodon"`,
    ],
    [
      "an alternate on a data: URL",
      { alternateEnclosures: "\n  - { url: 'data:video/mp4;base64,AAAA', type: video/mp4 }" },
      `${FILE}:7 — alternateEnclosures.1.url — expected an https URL or a file path, found "data:video/mp4;base64,AAAA"`,
    ],
    [
      "an alternate whose name says another type",
      { alternateEnclosures: "\n  - { url: 'https://cdn.example.com/a.mp3', type: video/mp4 }" },
      `${FILE}:7 — alternateEnclosures.1.type — expected a type a file named https://cdn.example.com/a.mp3 can be, found "video/mp4": correct type, or the file name`,
    ],
  ])("reports %s", async (_, fields, expected) => {
    expect(await problemsOf(fields)).toEqual([expected]);
  });

  it("reports a soundbite that runs past the end of the audio, read from the file or as written", async () => {
    const ctx = { ...context(), audioDuration: async () => 57 };
    const soundbites =
      "\n  - { start: 10, duration: 20 }\n  - { start: 50, duration: 30 }\n  - { start: '1:00', duration: 5 }";
    expect(await problemsOf({ audio: "\n  url: /audio/s01e07.mp3", soundbites }, ctx)).toEqual([
      `${FILE}:10 — soundbites.2.duration — expected a soundbite that ends by the end of the audio at 0:57, found 0:50 + 30 s, which ends at 1:20`,
      `${FILE}:11 — soundbites.3.start — expected a start before the end of the audio at 0:57, found 1:00`,
    ]);
    const remote = "\n  url: https://cdn.example.com/a.mp3\n  length: 100\n  duration: 40";
    expect(await problemsOf({ audio: remote, soundbites: "\n  - { start: 33.5, duration: 7 }" })).toEqual([
      `${FILE}:11 — soundbites.1.duration — expected a soundbite that ends by the end of the audio at 0:40, found 0:33.5 + 7 s, which ends at 0:40.5`,
    ]);
  });

  it("reads a local alternate file for what it is, and reports one that is not the type it claims", async () => {
    const alternate = (url: string, type: string) => ({
      alternateEnclosures: `\n  - { url: '${url}', type: ${type} }`,
    });
    const ctx = context(["public/video/a.mp4", "public/video/b.wav.mp4", "public/video/c.text.webm"]);
    expect(await problemsOf(alternate("/video/a.mp4", "video/mp4"), ctx)).toEqual([]);
    expect(await problemsOf(alternate("/video/b.wav.mp4", "video/mp4"), ctx)).toEqual([
      `${FILE}:7 — alternateEnclosures.1.url — expected video/mp4 as the type says at public/video/b.wav.mp4, found WAV audio: correct type, or the file`,
    ]);
    expect(await problemsOf(alternate("/video/c.text.webm", "video/webm"), ctx)).toEqual([
      `${FILE}:7 — alternateEnclosures.1.url — expected video/webm as the type says at public/video/c.text.webm, found a text file: correct type, or the file`,
    ]);
    expect(await problemsOf(alternate("/video/missing.mp4", "video/mp4"), ctx)).toEqual([
      `${FILE}:7 — alternateEnclosures.1.url — expected an audio or video file at public/video/missing.mp4, found no file there`,
    ]);
  });

  it("checks a local alternate against its type as the schema read it, under [extra] and trimmed", async () => {
    const ctx = context(["public/video/b.wav.mp4"]);
    const zola = (type: string) =>
      `+++\ntitle = "T"\ndate = 2024-01-01\n[extra]\nseason = 1\nepisode = 7\n[[extra.alternateEnclosures]]\nurl = "/video/b.wav.mp4"\ntype = "${type}"\n+++\n\nNotes.\n`;
    expect((await checkFiles(one(zola("  video/mp4 ")), ctx)).problems.map(formatProblem)).toEqual([
      `${FILE}:8 — alternateEnclosures.1.url — expected video/mp4 as the type says at public/video/b.wav.mp4, found WAV audio: correct type, or the file`,
    ]);
  });

  it("warns about a field it does not read, naming the field it most likely misspells", async () => {
    const { problems, warnings } = await checkFiles(one(yaml({ soundbite: "[]", mine: "1" })), context());
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      `${FILE}:6 — soundbite — expected a field the site reads, found "soundbite": did you mean soundbites?`,
      `${FILE}:7 — mine — expected a field the site reads, found "mine", which it ignores: keep fields of your own under [extra]`,
    ]);
    const zola = '+++\ntitle = "T"\ndate = 2024-01-01\n[extra]\nseason = 1\nepisode = 7\nmine = 1\n+++\n\nNotes.\n';
    expect((await checkFiles(one(zola), context())).warnings).toEqual([]);
  });
});
