import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFeed } from "podcast-partytime";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readFrontMatter } from "../src/editing/front-matter.ts";
import { findHostEmbeds } from "../src/editing/host-embeds.ts";
import { Scratch } from "./scratch.ts";

const EPISODES = "src/content/episodes";
const FIXTURES = fileURLToPath(new URL("fixtures/import/", import.meta.url));
const feedFile = (name: string) => join(FIXTURES, name);
const original = (name: string) => readFileSync(join(FIXTURES, "zola-site", name), "utf8");
const LETSCAST = "https://letscast.fm/podcasts/rust-in-production-82281512/episodes";

/** What an editor would commit: every episode file and the show config, by path. */
function snapshot(site: Scratch): Record<string, string> {
  const files: Record<string, string> = { "src/show.config.ts": site.read("src/show.config.ts") };
  for (const name of readdirSync(site.path(EPISODES))) files[`${EPISODES}/${name}`] = site.read(`${EPISODES}/${name}`);
  return files;
}

/** Every page the build wrote. */
function pages(site: Scratch, dir = "dist"): string[] {
  return readdirSync(site.path(dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return pages(site, path);
    return path.endsWith(".html") ? [path] : [];
  });
}

// A Hugo page of the same site: Hugo's shortcodes and Castanet's audio fields.
const HUGO = [
  "+++",
  'title = "From Hugo"',
  "date = 2024-04-04",
  "season = 2",
  "episode = 1",
  'podcast_file = "https://media.example.com/from-hugo.mp3"',
  "podcast_bytes = 2048000",
  'podcast_duration = "00:34:10"',
  'guid = "hugo-episode-1"',
  "+++",
  "",
  "Recorded after the move.",
  "",
  "<!-- more -->",
  "",
  "{{< youtube abc123 >}}",
  "",
  '{{< figure src="https://podcast.example.com/studio.png" alt="The studio" caption="Where we record" >}}',
  "",
  '{{% note title="Sponsor" %}}',
  "This episode is **sponsored** by:",
  "",
  "- nobody",
  "{{% /note %}}",
  "",
].join("\n");

describe("npm run import, a LetsCast feed into a Zola site", () => {
  let site: Scratch;
  let before: Record<string, string>;

  beforeAll(() => {
    site = new Scratch().useEpisodes("integration/fixtures/import/zola-site");
    site.write(`${EPISODES}/s02e01-from-hugo.md`, HUGO);
    before = snapshot(site);
  });
  afterAll(() => site?.dispose());

  it("warns before the import that the players are the only audio, naming file, line and the import", async () => {
    const run = await site.run(["check:content"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${EPISODES}/s01e06-sentry.md:20 — audio — expected audio in the front matter, found only a LetsCast player, which the site does not publish: run \`npm run import -- <the LetsCast feed URL>\``,
    );
    expect(run.stderr).toContain(`${EPISODES}/s01e01-tokio.md:19 — audio —`);
  });

  it("touches nothing for a broken feed or a blog's feed, and says what it found", async () => {
    const broken = await site.run(["import", "--", feedFile("broken.xml"), "--show"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("found broken XML");
    expect(broken.stderr).toContain("Nothing was changed.");
    const blog = await site.run(["import", "--", feedFile("not-a-podcast.xml")]);
    expect(blog.code).toBe(1);
    expect(blog.stderr).toContain("this looks like a blog's feed, not a podcast's");
    expect(snapshot(site)).toEqual(before);
  });

  it("writes nothing with --dry-run, and prints what it would do", async () => {
    const run = await site.run(["import", "--", feedFile("letscast.xml"), "--dry-run", "--show"]);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain(
      `${EPISODES}/s01e06-sentry.md ← item 5 "Rust in Production Ep 6 - Sentry's Arpad Borsos"`,
    );
    expect(run.stdout).toContain("Would create 2 episode files");
    expect(run.stdout).toContain("Dry run: nothing was written.");
    expect(snapshot(site)).toEqual(before);
  });

  it("imports: guid, url, length and duration episode by episode, files otherwise unchanged", async () => {
    const run = await site.run(["import", "--", feedFile("letscast.xml"), "--show"]);
    expect(run.code, run.output).toBe(0);

    const expected: [string, string, string, number, number][] = [
      [
        "s01e01-tokio.md",
        "f0e1d2c3-b4a5-4968-8776-655443322110",
        "rust-in-production-ep-1-tokio-s-carl-lerche",
        58982400,
        3686,
      ],
      [
        "s01e02-arroyo.md",
        "a2b3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6d",
        "rust-in-production-ep-2-arroyo-s-micah-wylde",
        51380224,
        3211,
      ],
      [
        "s01e06-sentry.md",
        "7b5c1ab2-9d0e-4c4f-8a51-0c1d2e3f4a5b",
        "rust-in-production-ep-6-sentry-s-arpad-borsos",
        48213504,
        4018,
      ],
      [
        "s01e07-tweede-golf.md",
        "b8e2d1c0-7f6e-4d5c-9b4a-3e2d1c0b9a8f",
        "rust-in-production-ep-7-tweede-golf",
        55125318,
        3446,
      ],
    ];
    for (const [name, guid, slug, length, duration] of expected) {
      const source = site.read(`${EPISODES}/${name}`);
      const front = readFrontMatter(source);
      const data = (front.format === "toml" ? front.data.extra : front.data) as Record<string, unknown>;
      expect(data.guid, name).toBe(guid);
      expect(data.audio, name).toEqual({ url: `${LETSCAST}/${slug}/mp3`, length, type: "audio/mpeg", duration });
      expect(source, name).not.toContain("player.js");
    }

    // TOML stays TOML, the new fields under [extra] beside the others; every other byte as it was.
    const sentry = site.read(`${EPISODES}/s01e06-sentry.md`);
    expect(sentry.startsWith('+++\ntitle = "Sentry"\n')).toBe(true);
    const added =
      'series = "Podcast"\nguid = "7b5c1ab2-9d0e-4c4f-8a51-0c1d2e3f4a5b"\naudio = { url = "' +
      `${LETSCAST}/rust-in-production-ep-6-sentry-s-arpad-borsos/mp3", length = 48213504, type = "audio/mpeg", duration = 4018 }\n`;
    const player = /<script src="https:\/\/letscast\.fm[^\n]*<\/script>\n\n/;
    expect(sentry).toBe(original("s01e06-sentry.md").replace('series = "Podcast"\n', added).replace(player, ""));
    expect(site.read(`${EPISODES}/s01e02-arroyo.md`)).toBe(
      original("s01e02-arroyo.md").replace(
        "the podcast role\n",
        `the podcast role\nguid: "a2b3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6d"\naudio:\n  url: "${LETSCAST}/rust-in-production-ep-2-arroyo-s-micah-wylde/mp3"\n  length: 51380224\n  type: "audio/mpeg"\n  duration: 3211\n`,
      ),
    );
    expect(run.stdout).toContain("by link: set guid, audio, removed the LetsCast player");
    expect(run.stdout).toContain("by date and title: set guid, audio");

    // Items without a file became files, their notes converted, nothing unsafe kept.
    const zed = site.read(`${EPISODES}/s01e08-rust-in-production-ep-8-zed-s-antonio-scandurra.md`);
    expect(readFrontMatter(zed).data).toMatchObject({
      guid: "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
      season: 1,
      episode: 8,
    });
    expect(zed).toContain("\n## Show Notes\n");
    expect(zed).toContain("[Zed on GitHub](https://github.com/zed-industries/zed)");
    expect(zed).not.toMatch(/<script|<iframe|javascript:|onerror/);
    expect(site.exists(`${EPISODES}/s01e09-bonus-live-from-rustnation.md`)).toBe(true);

    // What is left to decide is named, with the candidates, and those files are untouched.
    expect(run.stdout).toContain(
      `ambiguous by date and title, candidates ${EPISODES}/s01e04-workshop-part-1.md, ${EPISODES}/s01e05-workshop-part-2.md`,
    );
    expect(run.stdout).toContain(
      `conflict with ${EPISODES}/s01e03-curious.md, which matches by number but has guid "site-guid-3"`,
    );
    for (const name of ["s01e03-curious.md", "s01e04-workshop-part-1.md", "s01e05-workshop-part-2.md"]) {
      expect(site.read(`${EPISODES}/${name}`)).toBe(original(name));
    }

    // --show: the channel's settings, its podcast:guid among them.
    const config = site.read("src/show.config.ts");
    expect(config).toContain('title: "Rust in Production"');
    expect(config).toContain('guid: "c2e1f1d5-5b1a-5a4e-9d1b-4f6a0e2b3c4d"');
    expect(config).toContain('funding: { url: "https://corrode.example/support", text: "Support the show" }');
  });

  it("changes nothing on a second run", async () => {
    const first = snapshot(site);
    const run = await site.run(["import", "--", feedFile("letscast.xml"), "--show"]);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain("Nothing to change: every file is up to date.");
    expect(run.stdout).toContain("src/show.config.ts: already up to date");
    expect(snapshot(site)).toEqual(first);
  });

  it("passes the content check and builds a feed with the host's guids and enclosures, and no host player", async () => {
    const check = await site.run(["check:content"]);
    expect(check.code, check.output).toBe(0);
    expect(check.output).not.toContain("warning");

    const build = await site.run(["build"]);
    expect(build.code, build.output).toBe(0);
    const feed = parseFeed(site.read("dist/rss.xml"))!;
    const items = new Map(feed.items.map((item) => [item.guid, item]));
    for (const [guid, slug, length] of [
      ["7b5c1ab2-9d0e-4c4f-8a51-0c1d2e3f4a5b", "rust-in-production-ep-6-sentry-s-arpad-borsos", 48213504],
      ["f0e1d2c3-b4a5-4968-8776-655443322110", "rust-in-production-ep-1-tokio-s-carl-lerche", 58982400],
      ["9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", "rust-in-production-ep-8-zed-s-antonio-scandurra", 64520192],
    ] as const) {
      expect(items.get(guid)?.enclosure, guid).toEqual({ url: `${LETSCAST}/${slug}/mp3`, length, type: "audio/mpeg" });
    }
    expect(items.get("7b5c1ab2-9d0e-4c4f-8a51-0c1d2e3f4a5b")?.duration).toBe(4018);
    expect(feed.guid).toBe("c2e1f1d5-5b1a-5a4e-9d1b-4f6a0e2b3c4d");
    // Castanet's fields, read as the Hugo page's audio.
    expect(items.get("hugo-episode-1")?.enclosure).toEqual({
      url: "https://media.example.com/from-hugo.mp3",
      length: 2048000,
      type: "audio/mpeg",
    });

    const built = pages(site);
    expect(built.length).toBeGreaterThan(10);
    for (const page of built) {
      const html = site.read(page);
      expect(findHostEmbeds(html), page).toEqual([]);
      expect(html, page).not.toMatch(/<script[^>]+src="https?:|<iframe/);
    }
  });

  it("renders Hugo shortcodes as the same components as Zola's", () => {
    const html = site.read("dist/episodes/s02e01-from-hugo/index.html");
    const start = html.indexOf('aria-label="Show notes"');
    const notes = html.slice(start, html.indexOf("</section>", start));
    expect(notes).toContain(
      '<a class="video-link" href="https://www.youtube.com/watch?v=abc123">Watch the video on YouTube</a>',
    );
    expect(notes).toMatch(/<figure[^>]*><img src="https:\/\/podcast.example.com\/studio.png" alt="The studio"/);
    expect(notes).toMatch(/<figcaption[^>]*>Where we record<\/figcaption>/);
    expect(notes).toMatch(
      /<aside class="callout"><p class="callout-title">Sponsor<\/p>\s*<p>This episode is <strong>sponsored<\/strong> by:<\/p>\s*<ul>\s*<li>nobody<\/li>/,
    );
    expect(notes).not.toMatch(/\{\{|%\}\}|shortcode/);
  });
});

/** A feed of `count` numbered weekly items. */
function weeklyFeed(count: number): string {
  const items = Array.from({ length: count }, (_, i) => {
    const n = count - i;
    const day = new Date(Date.UTC(2001, 0, 1) + n * 7 * 86_400_000).toUTCString();
    return `<item><title>Week ${n}</title><guid isPermaLink="false">week-${n}</guid><pubDate>${day}</pubDate>
<itunes:episode>${n}</itunes:episode><description><![CDATA[<p>Notes of week ${n}.</p><p>More.</p>]]></description>
<enclosure url="https://media.example.com/week-${n}.mp3" length="${1000 + n}" type="audio/mpeg"/><itunes:duration>${60 + n}</itunes:duration></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Weekly</title>${items.join("\n")}</channel></rss>`;
}

describe("npm run import, large feeds into an empty site", () => {
  let site: Scratch;
  beforeAll(() => {
    site = new Scratch();
  });
  afterEach(() => site.remove(EPISODES));
  afterAll(() => site?.dispose());

  it("shows its progress, and every file it writes passes the content check", async () => {
    site.remove(EPISODES);
    site.write("feed.xml", weeklyFeed(150));
    const run = await site.run(["import", "--", "feed.xml"]);
    expect(run.code, run.output).toBe(0);
    expect(run.stderr).toContain("Written 50 of 150 files…");
    expect(run.stderr).toContain("Written 150 of 150 files…");
    expect(run.stdout).toContain("Created 150 episode files for items with none:");
    expect(readdirSync(site.path(EPISODES))).toHaveLength(150);
    const check = await site.run(["check:content"]);
    expect(check.code, check.output).toBe(0);
    expect(check.stdout).toContain("Checked 150 episode files.");
  });

  it("stops on Ctrl-C between files, each file whole, and a second run finishes", async () => {
    site.remove(EPISODES);
    site.write("feed.xml", weeklyFeed(2000));
    const child = spawn(process.execPath, ["--import", "./scripts/src-hooks.ts", "scripts/import.ts", "feed.xml"], {
      cwd: site.root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      if (stderr.includes("Written 50 of")) child.kill("SIGINT");
    });
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code, stderr).toBe(130);
    const stopped = /Stopped after (\d+) of 2000 files, each written whole: run the import again to finish\./.exec(
      stderr,
    );
    expect(stopped, stderr).not.toBeNull();
    const names = readdirSync(site.path(EPISODES));
    expect(names).toHaveLength(Number(stopped![1]));
    expect(names.length).toBeLessThan(2000);
    for (const name of names) {
      const source = site.read(`${EPISODES}/${name}`);
      expect(readFrontMatter(source).error, name).toBeUndefined();
      expect(source, name).toMatch(/\nMore\.\n$/);
    }

    const again = await site.run(["import", "--", "feed.xml"]);
    expect(again.code, again.output).toBe(0);
    expect(again.stdout).toContain(
      `Matched ${names.length} items to episode files (${names.length} already up to date)`,
    );
    expect(again.stdout).toContain(`Created ${2000 - names.length} episode files`);
    expect(readdirSync(site.path(EPISODES))).toHaveLength(2000);
  });
});
