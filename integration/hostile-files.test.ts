import { createHash } from "node:crypto";
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Run, Scratch } from "./scratch.ts";
import { silentWav } from "../src/testing/audio.ts";

const EPISODES = "src/content/episodes";
const FIXTURES = "integration/fixtures/hostile-files";

/** The problem lines of a run: `file[:line] — field — message`, in the order printed. */
const problemLines = (output: string) =>
  output.split("\n").filter((line) => /^(src|public)\/\S*(:\d+)? — [^—]+ — expected|is required/.test(line));

/** A digest of every file of the copy's sources (links as links), to show that no run changed one. */
function digest(site: Scratch): string {
  const hash = createHash("sha256");
  const visit = (dir: string) => {
    for (const entry of readdirSync(site.path(dir), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${dir}/${entry.name}`;
      hash.update(path);
      if (entry.isDirectory()) visit(path);
      else if (lstatSync(site.path(path)).isSymbolicLink()) hash.update("link");
      else hash.update(readFileSync(site.path(path)));
    }
  };
  visit("src");
  visit("public");
  return hash.digest("hex");
}

/** Every file under a folder of the build, by path, with its bytes. */
function tree(site: Scratch, dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(site.path(dir), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(site.path(dir).length), readFileSync(path));
    }
  }
  return files;
}

// One fixture per class of issue 13: each problem as [file, field, what the message says].
const expected: [string, string, RegExp][] = [
  ["s01e01-url-schemes.md:8", "guests.1.url", /found "javascript:alert\(document.cookie\)"$/],
  ["s01e01-url-schemes.md:9", "image", /^expected an image path or URL, found "vbscript:msgbox\(1\)"$/],
  ["s01e01-url-schemes.md:11", "chapters.1.url", /^expected an https:\/\/ or http:\/\/ URL, found "data:text/],
  ["s01e02-dotdot/index.md:6", "image", /stays inside the episode's folder, found "\.\.\/\.\.\/\.\.\/secret\.png"$/],
  ["s01e02-dotdot/index.md:11", "show notes", /stays inside the episode's folder, found "\.\.\/\.\.\/secret\.png"$/],
  ["s01e03-symlink/index.md:6", "transcript", /transcript\.vtt, found a link to a file outside the project$/],
  ["s01e04-latin1.md:2", "front matter", /^expected UTF-8 text, found bytes that are not UTF-8/],
  ["s01e05-bidi.md:2", "title", /found U\+202E in "Safe \[U\+202E\]gnp\.exe"$/],
  ["s01e05-bidi.md:6", "guest", /found U\+2066 in "Mallory \[U\+2066\]x\[U\+2069\]"$/],
  ["s01e06-impossible-date.md:3", "date", /found "2024-02-30": February 2024 has 29 days$/],
  ["s01e07-date-in-words.md:3", "date", /^expected a date like 2024-02-22, found "March 5"$/],
  ["s01e08-us-date.md:3", "date", /^expected a date like 2024-02-22, found "03\/04\/2024"$/],
  ["s01e09-exponent.md:4", "season", /found 1e2: write numbers in digits only$/],
  ["s01e09-exponent.md:6", "guid", /found 05124, which YAML reads as a number: write it in quotes, "05124"$/],
  ["s01e10-hex-and-huge.md:5", "episode", /^expected an episode number of 0 or more, found "0x10"$/],
  ["s01e10-hex-and-huge.md:8", "audio.length", /^expected a size in bytes of at most 50000000000, found "1000/],
  ["s01e11-mixed-delimiters.md:6", "front matter", /^expected a closing --- line, .* found \+\+\+$/],
  ["s01e14-aliases.md:7", "aliases.1", /found "\/cover\.png", the file public\/cover\.png$/],
  ["s01e14-aliases.md:8", "aliases.2", /found "\/audio\/s01e00-trailer\.mp3\/", the file public\/audio/],
  [
    "s01e22-alias-dotdot.md:6",
    "aliases.1",
    /^expected a site path without \. or \.\. parts, found "\/old\/\.\.\/\.\.\/x\/"$/,
  ],
  ["s01e15-text-audio/index.md:7", "audio.url", /^expected MP3 audio, as the name ends in \.mp3, .*found a text file$/],
  ["s01e16-mp3-as-m4a/index.md:7", "audio.url", /found MP3 audio: rename the file to \.mp3$/],
  ["s01e17-wav-as-ogg/index.md:7", "audio.url", /found WAV audio: rename the file to \.wav$/],
  ["s01e18-empty/index.md:7", "audio.url", /found an empty file \(0 bytes\)$/],
  ["s01e19-role-alone.md:6", "role", /^expected guest beside role, found role "Maintainer" alone/],
  ["s01e20-alias-bomb.md:1", "front matter", /^expected front matter of at most 10000 values/],
  ["s01e21-nul.md:9", "show notes", /^expected text without control characters, found U\+0000$/],
  [
    "s01e23-linked.md:1",
    "file",
    /^expected an episode file of the project, found a link to a file outside the project$/,
  ],
  // The second round (issue 21): each passed check:content, then the build published it or failed on it.
  ["s01e24-protocol-relative.md:7", "audio.url", /exactly one \/, found "\/\/evil\.example\/a\.mp3", which browsers/],
  ["s01e24-protocol-relative.md:8", "image", /exactly one \/, found "\/\\evil\.example\/art\.png", which browsers/],
  ["s01e24-protocol-relative.md:11", "guests.1.image", /exactly one \/, found "\/\/tracker\.example\/p\.gif"/],
  ["s01e25-c1-controls.md:2", "title", /found U\+0085 in "Next\[U\+0085\] line"$/],
  ["s01e25-c1-controls.md:6", "tags.1", /found U\+009B in "a\[U\+009B\]b"$/],
  ["s01e25-c1-controls.md:8", "chapters.1.url", /without spaces, quotes, < > or backslashes, found " in "https:/],
  [
    "s01e26-bad-transcript/transcript.vtt:6",
    "transcript",
    /^expected a valid VTT transcript, found: Must be exactly two digits\.$/,
  ],
  ["s01e27-not-an-image/index.md:10", "show notes", /^expected an image \(.*\) at .*studio\.png, found a text file$/],
  [
    "s01e29-shared-audio.md:7",
    "audio.url",
    /^expected an audio file no other episode has, found ".*\/audio\/s01e00-trailer\.mp3", already used by src\/content\/episodes\/s01e28-shared-audio\.md$/,
  ],
  ["2.md:1", "slug", /^expected a slug that no page of the site has, found "2", a page of the episode list/],
  ["日本語.md:1", "slug", /found "日本語\.md": add a slug field, such as slug: my-episode$/],
];

describe("hostile and odd files, through check:content and the build", () => {
  let site: Scratch;
  /** A folder outside the copy, for the files that links lead out to. */
  let away: string;
  beforeAll(() => {
    site = new Scratch();
    away = mkdtempSync(join(tmpdir(), "outside-the-project-"));
  });
  afterAll(() => {
    site?.dispose();
    rmSync(away, { recursive: true, force: true });
  });

  it("reports every class with the same lines from both, names each file, and changes no source file", async () => {
    site.useEpisodes(`${FIXTURES}/bad`);
    // What cannot live in git is made here: links out of the project, bytes that are not UTF-8,
    // audio files that are not what their names say.
    const outside = join(away, "secret.txt");
    writeFileSync(outside, "root:x:0:0:root:/root:/bin/bash\n");
    symlinkSync(outside, site.path(`${EPISODES}/s01e03-symlink/transcript.vtt`));
    symlinkSync(outside, site.path("public/leak.txt"));
    // Vite's copy of public/ followed these into the whole machine (EACCES) or forever (ELOOP).
    symlinkSync(".", site.path("public/loop"));
    symlinkSync("/", site.path("public/x"));
    const elsewhere = join(away, "elsewhere.md");
    writeFileSync(
      elsewhere,
      "---\ntitle: Elsewhere\ndate: 2024-03-23\nseason: 1\nepisode: 23\n---\n\nPrivate notes.\n",
    );
    symlinkSync(elsewhere, site.path(`${EPISODES}/s01e23-linked.md`));
    site.write(`${EPISODES}/s01e04-latin1.md`, Buffer.from("---\ntitle: Caf\xe9\ndate: 2024-03-04\n---\n", "latin1"));
    site.write(
      `${EPISODES}/s01e21-nul.md`,
      "---\ntitle: NUL\ndate: 2024-03-21\nseason: 1\nepisode: 21\n---\n\nA\n\0\n",
    );
    cpSync(site.path("public/audio/s01e00-trailer.mp3"), site.path(`${EPISODES}/s01e16-mp3-as-m4a/episode.m4a`));
    site.write(`${EPISODES}/s01e17-wav-as-ogg/episode.ogg`, silentWav());
    site.write(`${EPISODES}/s01e18-empty/episode.mp3`, "");
    const before = digest(site);

    // Neither run writes a source file, so both run at once.
    const [check, build] = await Promise.all([site.run(["check:content"]), site.run(["build"])]);
    expect(check.code).toBe(1);
    expect(build.code).toBe(1);
    const lines = problemLines(check.output);
    expect(problemLines(build.output)).toEqual(lines);
    for (const run of [check, build] as Run[]) {
      expect(run.output).not.toMatch(/RangeError|Stack trace|^\s+at |ELOOP|EACCES|NoImageMetadata/m);
    }

    const publicLines = [
      "public/leak.txt — file — expected a file of the project, found a link to a file outside the project: remove the link",
      "public/loop — file — expected a file or folder, found a link to a folder that holds the link, a loop: remove the link",
      "public/x — file — expected a file of the project, found a link to a folder outside the project: remove the link",
    ];
    expect(lines.filter((line) => line.startsWith("public/"))).toEqual(publicLines);
    for (const [where, field, message] of expected) {
      const line = lines.find((l) => l.startsWith(`${EPISODES}/${where} — ${field} — `));
      expect(line, `${where} — ${field}`).toBeDefined();
      expect(line!.slice(`${EPISODES}/${where} — ${field} — `.length)).toMatch(message);
    }
    // One line per expected problem, plus public/: nothing unforeseen.
    expect(lines).toHaveLength(expected.length + publicLines.length);
    expect(site.exists("dist/episodes")).toBe(false);
    expect(digest(site)).toBe(before);
  });

  it("builds the odd but valid files the same under two far-apart TZ, in the show's time zone", async () => {
    site.useEpisodes("src/content/episodes");
    for (const link of ["leak.txt", "loop", "x"]) site.remove(`public/${link}`);
    for (const name of readdirSync(join(process.cwd(), `${FIXTURES}/good`))) {
      cpSync(join(process.cwd(), `${FIXTURES}/good`, name), site.path(`${EPISODES}/${name}`), { recursive: true });
    }
    symlinkSync("../../../../public/audio/s01e00-trailer.mp3", site.path(`${EPISODES}/s03e07-bundle/intro.mp3`));
    // Hosts serve each as a page, a stylesheet or a script of the site's origin: a bundle publishes none.
    const active = ["page.shtml", "page.xht", "style.xsl", "page.html"];
    for (const name of active)
      site.write(`${EPISODES}/s03e07-bundle/${name}`, "<script>alert(document.domain)</script>\n");
    site.write(
      "src/show.config.ts",
      site.read("src/show.config.ts").replace('timeZone: "UTC"', 'timeZone: "Europe/Berlin"'),
    );
    // The About page and a guest's bio are rendered as show notes are: the markup the check lets
    // through (a tag left open, a comment in a comment, code) reaches the page only sanitized.
    site.write(
      "src/content/about.md",
      '---\ntitle: About\n---\n\nWe <b>talk, <a href="https://example.com/">left open.\n\n<!-- a comment <!-- inside --> ends early -->\n\nCode is text: `<script>alert(1)</script>`.\n',
    );
    site.write(
      "src/content/guests/sam-placeholder.md",
      "---\nname: Sam Placeholder\n---\n\nSam **produces** the show.\n",
    );
    const before = digest(site);

    const check = await site.run(["check:content"]);
    expect(check.code, check.output).toBe(0);
    expect(check.stdout).toMatch(
      /Ignored: not episodes\n {2}src\/content\/episodes\/_index\.md — Zola's section page, not an episode\n {2}src\/content\/episodes\/s03e07-bundle\/notes\.md — a file of the page bundle/,
    );
    const warnings = [
      `${EPISODES}/s03e05-ignored.markdown — file — expected .md or .mdx, found .markdown: the file is ignored; rename it to publish it`,
      `${EPISODES}/s03e06-ignored.MD — file — expected .md or .mdx, found .MD: the file is ignored; rename it to publish it`,
      `${EPISODES}/s03e09-long-title.md:2 — title — expected a title of at most 150 characters, found 166: podcast apps cut long titles`,
      ...active.map(
        (name) =>
          `${EPISODES}/s03e07-bundle/${name} — file — expected an image, audio, video, transcript, chapters (.json) or PDF file in a page bundle, found ${name.slice(name.indexOf("."))}: the file is ignored, not published`,
      ),
      `${EPISODES}/s03e10-late-transcript/transcript.vtt:6 — transcript — expected a cue that starts before the audio ends at 0:05, found one at 0:07`,
    ];
    for (const warning of warnings) expect(check.output).toContain(warning);

    const east = await site.run(["build"], { TZ: "Pacific/Kiritimati" });
    expect(east.code, east.output).toBe(0);
    for (const warning of warnings) expect(east.output).toContain(warning);
    const first = tree(site, "dist");
    const west = await site.run(["build"], { TZ: "America/Adak" });
    expect(west.code, west.output).toBe(0);
    const second = tree(site, "dist");
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, bytes]) => !bytes.equals(second.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);

    // 23:30 in New York on March 1 is March 2 in Berlin; a date alone is midnight in Berlin.
    expect(site.read("dist/episodes/s03e01-late-night/index.html")).toMatch(
      /<time datetime="2024-03-02"[^>]*>Mar 2, 2024<\/time>/,
    );
    const feed = site.read("dist/rss.xml");
    expect(feed).toContain("<pubDate>Sat, 02 Mar 2024 04:30:00 GMT</pubDate>");
    expect(feed).toContain("<pubDate>Mon, 04 Mar 2024 23:00:00 GMT</pubDate>");
    expect(feed).toMatch(/<enclosure url="https:\/\/host\.example\.com\/stream\/42" length="1000" type="audio\/mpeg"/);
    expect(site.exists("dist/episodes/my-episode/index.html")).toBe(true);
    expect(site.exists("dist/episodes/s03e07-bundle/intro.mp3")).toBe(true);
    expect(site.exists("dist/episodes/s03e07-bundle/notes.md")).toBe(false);
    for (const name of active) expect(site.exists(`dist/episodes/s03e07-bundle/${name}`), name).toBe(false);
    const about = site.read("dist/about/index.html");
    const text = about.slice(about.indexOf('<article class="about'), about.indexOf("</article>"));
    expect(text).toContain("Code is text: <code>&lt;script&gt;alert(1)&lt;/script&gt;</code>");
    expect(text).not.toMatch(/<script|<!--/);
    expect(site.read("dist/guests/sam-placeholder/index.html")).toContain(
      "<p>Sam <strong>produces</strong> the show.</p>",
    );
    expect(site.exists("dist/episodes/s03e05-ignored/index.html")).toBe(false);
    // A WebVTT voice is the speaker, its name decoded once; a colon in the words names no one.
    const transcript = site.read("dist/episodes/s03e10-late-transcript/transcript/index.html");
    expect(transcript).toMatch(/<b[^>]*>Tom &amp; Jerry<\/b>/);
    expect(transcript).not.toMatch(/&amp;amp;|<b[^>]*>Today<\/b>/);
    expect(digest(site)).toBe(before);
  });

  it("reports an unknown guest id, a spelling two profiles claim, a guest image of another site or missing and a bad profile with the same lines from both", async () => {
    const episode = `${EPISODES}/s09e01-guests.md`;
    const twin = "src/content/guests/lin-twin.yaml";
    const broken = "src/content/guests/broken.md";
    const tracker = "src/content/guests/tracker.yaml";
    const faceless = "src/content/guests/faceless.yaml";
    site.write(tracker, "name: Tracker\nimage: //tracker.example/p.gif\n");
    site.write(faceless, "name: Faceless\nimage: /guests/none.png\n");
    site.write(
      episode,
      "---\ntitle: Guests\ndate: 2024-05-01\nseason: 9\nepisode: 1\nguests:\n  - name: Lin Example\n    id: lin-example\n  - name: Nobody\n    id: nobody-known\n---\n\nNotes.\n",
    );
    site.write(twin, "name: Lin Twin\nspellings:\n  - Lin T.\n  - lin example\n");
    site.write(broken, '---\nnmae: Typo\nlinks:\n  - { name: Site, url: "javascript:alert(1)" }\n---\n\nA bio.\n');

    const [check, build] = await Promise.all([site.run(["check:content"]), site.run(["build"])]);
    for (const file of [episode, twin, broken, tracker, faceless]) site.remove(file);
    expect(check.code).toBe(1);
    expect(build.code).toBe(1);
    // The copy's odd but valid files print warnings too: only the problems are compared.
    const problems = (output: string) => problemLines(output.slice(output.search(/\d+ problems? in /)));
    const lines = problems(check.output);
    expect(problems(build.output)).toEqual(lines);
    expect(lines).toEqual([
      `${episode}:10 — guests.2.id — expected the slug of a file in src/content/guests/, found "nobody-known"`,
      `${broken}:1 — name — is required: expected the guest's name, found nothing`,
      `${broken}:4 — links.1.url — expected an https:// or http:// URL, found "javascript:alert(1)"`,
      `${faceless}:2 — image — expected an image at public/guests/none.png, found no file there`,
      `${twin}:4 — spellings.2 — expected a name no other guest claims, found "lin-example", already claimed by src/content/guests/lin-example.yaml`,
      `${tracker}:2 — image — expected a site path starting with exactly one /, found "//tracker.example/p.gif", which browsers and podcast apps read as an address on another site`,
    ]);
  });

  it("stops check:content and the build at a bad show config with the same lines and no stack trace", async () => {
    site.write(
      "src/show.config.ts",
      site.read("src/show.config.ts").replace(/timeZone: "[^"]*"/, 'timeZone: "Mars/Olympus"'),
    );
    const line =
      'src/show.config.ts — timeZone — expected an IANA time zone such as UTC or Europe/Berlin, found "Mars/Olympus"';
    for (const run of await Promise.all([site.run(["check:content"]), site.run(["build"])])) {
      expect(run.code).toBe(1);
      expect(run.output).toContain(`1 problem in src/show.config.ts:\n${line}`);
      expect(run.output).not.toMatch(/^\s+at |triggerUncaughtException/m);
    }
  });

  it("names a show cover that is no image, or one outside public/, on its setting, from both and without a stack trace", async () => {
    const config = site.read("src/show.config.ts").replace(/timeZone: "[^"]*"/, 'timeZone: "UTC"');
    const runBoth = async (cover: string) => {
      site.write("src/show.config.ts", config.replace('cover: "/cover.png"', `cover: "${cover}"`));
      const runs = await Promise.all([site.run(["check:content"]), site.run(["build"])]);
      for (const run of runs) {
        expect(run.code).toBe(1);
        expect(run.output).not.toMatch(/^\s+at |Stack trace|NoImageMetadata|triggerUncaughtException/m);
      }
      return runs.map((run) => run.output.split("\n").filter((line) => line.startsWith("src/show.config.ts")));
    };
    site.write("public/saved-page.png", "<!doctype html><p>A web page saved as .png</p>\n");
    const [check, build] = await runBoth("/saved-page.png");
    site.remove("public/saved-page.png");
    expect(check).toEqual([
      "src/show.config.ts — cover — expected an image (PNG, JPEG, GIF, WebP, AVIF or SVG) at public/saved-page.png, found a text file",
    ]);
    expect(build).toEqual(check);
    for (const lines of await runBoth("/../../x.png")) {
      expect(lines).toEqual([
        'src/show.config.ts — cover — expected a site path without . or .. parts, found "/../../x.png"',
      ]);
    }
    site.write("src/show.config.ts", config);
  });
});
