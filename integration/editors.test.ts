import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { today } from "../src/editing/scaffold.ts";
import { Scratch } from "./scratch.ts";

const EPISODES = "src/content/episodes";
/** A 1×1 PNG, the smallest image a page bundle can hold. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** The problem lines of a run's output, in the order printed. */
const problemLines = (output: string) => output.split("\n").filter((line) => /^src\/content\/\S+:\d+ — /.test(line));

describe("editors' tools, on a copy of the site", () => {
  let site: Scratch;
  const added: string[] = [];
  const add = (file: string, content: string | Buffer) => {
    added.push(file);
    site.write(file, content);
  };

  beforeAll(() => {
    site = new Scratch();
  });
  afterEach(() => added.splice(0).forEach((file) => site.remove(file)));
  afterAll(() => site?.dispose());

  it("check:content passes the demo episodes and lists the scheduled one with its date", async () => {
    const run = await site.run(["check:content"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Scheduled:.*\n {2}2099-01-01 {2}S02 E03 {2}Scheduled for the Future/);
    expect(run.stdout).toContain("No problems.");
  });

  it("new-episode scaffolds a draft that is built once it is undrafted", async () => {
    const file = `${EPISODES}/s02e04-tokio-friends.md`;
    added.push(file, `${EPISODES}/s02e05-clash`);
    const made = await site.run([
      "new-episode",
      "--",
      "--title",
      "Tokio & Friends",
      "--guest",
      "Carl Lerche",
      "--role",
      "Maintainer",
      "--season",
      "2",
    ]);
    expect(made.stderr).toBe("");
    expect(made.stdout).toContain(`Created ${file}: S02 E04, "Tokio & Friends", a draft dated ${today()}.`);
    expect(made.stdout).toContain("npm run check:content");
    const source = site.read(file);
    expect(source).toMatch(/^draft: true$/m);
    expect(source).toMatch(new RegExp(`^date: ${today()}$`, "m"));
    expect(source).toMatch(/^guid: "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"$/m);
    expect(source).toContain("\n<!-- more -->\n");

    const reused = await site.run(["new-episode", "--", "--title", "Another", "--season", "2", "--episode", "4"]);
    expect(reused.code).toBe(1);
    expect(reused.stderr).toContain(`S02 E04 is already used by ${file}. The next free number in season 2 is 5.`);
    site.write(`${EPISODES}/s02e05-clash/cover.png`, PNG);
    const overwrite = await site.run(["new-episode", "--", "--title", "Clash", "--season", "2", "--episode", "5"]);
    expect(overwrite.code).toBe(1);
    expect(overwrite.stderr).toContain(`${EPISODES}/s02e05-clash/ already exists`);

    const page = "dist/episodes/s02e04-tokio-friends/index.html";
    expect((await site.run(["build"])).code).toBe(0);
    expect(site.exists(page)).toBe(false);
    site.write(file, source.replace("draft: true", "draft: false"));
    expect((await site.run(["build"])).code).toBe(0);
    const html = site.read(page);
    expect(html).toMatch(/<h1[^>]*>Tokio &amp; Friends<\/h1>/);
    expect(html).toContain("Carl Lerche");
    expect(html).toContain("Write one or two sentences here");
  });

  it("new-episode refuses a --date that is more than a date, and writes nothing", async () => {
    for (const date of ["2024-01-01\nevil: x", "2024-01-01 # x", "2024-13-01"]) {
      const run = await site.run(["new-episode", "--", "--title", "Injected", "--season", "2", "--date", date]);
      expect(run.code, run.output).toBe(1);
      expect(run.stderr).toMatch(/^--date: expected /);
      expect(site.exists(`${EPISODES}/s02e04-injected.md`)).toBe(false);
    }
  });

  it("builds a Zola page bundle: [extra] fields, shortcodes as components, images beside it, aliases", async () => {
    const folder = `${EPISODES}/s03e01-from-zola`;
    add(`${folder}/studio.png`, PNG);
    add(
      `${folder}/index.md`,
      [
        "+++",
        'title = "From Zola"',
        "date = 2024-05-02",
        'aliases = ["/podcast/from-zola/"]',
        "[extra]",
        'season = "03"',
        'episode = "01"',
        'guest = "Zed Ola"',
        "[extra.audio]",
        'url = "https://cdn.example.com/from-zola.mp3"',
        "length = 1000",
        "duration = 60",
        "+++",
        "",
        'We met at a conference: {{ youtube(id="abc123", title="the talk") }}.',
        "",
        "<!-- more -->",
        "",
        "![The desk](studio.png)",
        "",
        '{{ figure(src="studio.png", alt="The studio", caption="Where we record") }}',
        "",
        '{% note(title="Sponsor") %}',
        "This episode is **sponsored** by:",
        "",
        "- nobody",
        "{% end %}",
        "",
      ].join("\n"),
    );
    const build = await site.run(["build"]);
    expect(build.code, build.output).toBe(0);

    const html = site.read("dist/episodes/s03e01-from-zola/index.html");
    const start = html.indexOf('aria-label="Show notes"');
    const notes = html.slice(start, html.indexOf("</section>", start));
    expect(notes).toContain(
      '<a class="video-link" href="https://www.youtube.com/watch?v=abc123">Watch the talk on YouTube</a>.',
    );
    expect(notes).toMatch(/<img alt="The desk"[^>]* src="\/_astro\/studio\.[\w-]+\.webp"/);
    expect(notes).toMatch(/<figure[^>]*><img src="\/episodes\/s03e01-from-zola\/studio.png" alt="The studio"/);
    expect(notes).toMatch(/<figcaption[^>]*>Where we record<\/figcaption>/);
    expect(notes).toMatch(
      /<aside class="callout"[^>]*><p class="callout-title"[^>]*>Sponsor<\/p>\s*<p>This episode is <strong>sponsored<\/strong> by:<\/p>\s*<ul>\s*<li>nobody<\/li>/,
    );
    expect(notes).not.toMatch(/\{\{|\{%|%\}|\}\}|shortcode/);
    expect(html).toContain('<meta name="description" content="We met at a conference: .">');
    expect(site.exists("dist/episodes/s03e01-from-zola/studio.png")).toBe(true);
    expect(site.read("dist/podcast/from-zola/index.html")).toContain('content="0; url=/episodes/s03e01-from-zola/"');

    // The feed carries the same rendered shortcodes as the page, with absolute URLs.
    const feed = site.read("dist/rss.xml");
    const item = feed.slice(
      feed.indexOf("<title>From Zola</title>"),
      feed.indexOf("</item>", feed.indexOf("From Zola")),
    );
    expect(item).toContain("&lt;p class=&quot;callout-title&quot;&gt;Sponsor&lt;/p&gt;");
    expect(item).toContain("https://podcast.example.com/episodes/s03e01-from-zola/studio.png");
    expect(item).not.toMatch(/\{\{|\{%/);
  });

  it("stops the build at a shortcode with no component, naming the file, the line and the component", async () => {
    const file = `${EPISODES}/s03e02-tweets.md`;
    add(
      file,
      [
        "---",
        "title: Tweets",
        "date: 2024-05-09",
        "season: 3",
        "episode: 2",
        "---",
        "",
        "Intro.",
        "",
        '{{ tweet(id="123") }}',
        "",
      ].join("\n"),
    );
    const message = `${file}:10 — shortcode tweet — expected a component at src/shortcodes/tweet.astro, found no file there: create it, or remove the shortcode`;

    const build = await site.run(["build"]);
    expect(build.code).toBe(1);
    expect(problemLines(build.output)).toEqual([message]);
    expect(build.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(site.exists("dist/episodes/s03e02-tweets/index.html")).toBe(false);

    const check = await site.run(["check:content"]);
    expect(check.code).toBe(1);
    expect(problemLines(check.output)).toEqual([message]);
  });

  it("stops the build at bad files with every problem, the same lines as check:content, and no stack trace", async () => {
    add(
      `${EPISODES}/s03e03-bad-season.md`,
      "---\ntitle: Bad season\ndate: 2024-05-16\nseason: three\nepisode: 3\n---\n\nNotes.\n",
    );
    add(
      `${EPISODES}/s03e04-bad-toml.md`,
      '+++\ntitle = "Bad TOML"\ndate = 2024-05-23\n[extra]\nseason = 3\nepisode = = 4\n+++\n',
    );
    add(
      `${EPISODES}/s03e05-taken.md`,
      "---\ntitle: Taken\ndate: 2024-05-30\nseason: 1\nepisode: 6\naliases: [/rss.xml]\n---\n",
    );

    const check = await site.run(["check:content"]);
    expect(check.code).toBe(1);
    const lines = problemLines(check.output);
    expect(lines).toEqual([
      `${EPISODES}/s03e03-bad-season.md:4 — season — expected a season number of 1 or more, found "three"`,
      expect.stringMatching(
        /^src\/content\/episodes\/s03e04-bad-toml.md:6 — front matter — expected valid TOML, found /,
      ),
      `${EPISODES}/s03e05-taken.md:5 — episode — expected an episode number not yet used in season 1, found 6, already used by ${EPISODES}/s01e06-sentry.md`,
      `${EPISODES}/s03e05-taken.md:6 — aliases.1 — expected an old URL that is not a page of the site, found "/rss.xml", the podcast feed`,
    ]);

    const build = await site.run(["build"]);
    expect(build.code).toBe(1);
    expect(problemLines(build.output)).toEqual(lines);
    expect(build.output).toContain("4 problems in the episode files:");
    expect(build.output).not.toMatch(/Stack trace|^\s+at /m);
  });
});
