import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseRssFeed } from "feedsmith";
import { parseFeed } from "podcast-partytime";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readFrontMatter } from "../src/editing/front-matter.ts";
import { findHostEmbeds } from "../src/editing/host-embeds.ts";
import { HOSTILE_FEED } from "../src/testing/hostile-feed.ts";
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
      /<aside class="callout"[^>]*><p class="callout-title"[^>]*>Sponsor<\/p>\s*<p>This episode is <strong>sponsored<\/strong> by:<\/p>\s*<ul>\s*<li>nobody<\/li>/,
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

/** A feed of the items given, each `<item>…</item>`. */
const feedOf = (items: string, channel = "") =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Hosted</title><language>en</language>${channel}${items}</channel></rss>`;

describe("npm run import, downloads from a host that answers wrongly", () => {
  let site: Scratch;
  let server: Server;
  let base: string;
  /** Bytes the endless route sent, and whether every client hung up on it. */
  const endless = { sent: 0, open: 0 };
  const item = (chapters: string, n = 1) =>
    `<item><title>Chapters ${n}</title><guid>c-${n}</guid><pubDate>${new Date(Date.UTC(2024, 3, 7 * n)).toUTCString()}</pubDate><itunes:episode>${n}</itunes:episode><podcast:chapters url="${chapters}" type="application/json+chapters"/><enclosure url="https://media.example.com/c-${n}.mp3" length="1000" type="audio/mpeg"/><itunes:duration>60</itunes:duration></item>`;

  beforeAll(async () => {
    site = new Scratch();
    site.remove(EPISODES);
    server = createServer((request, response) => {
      const route = request.url ?? "";
      if (route === "/feed.xml")
        return response.end(feedOf(item(`${base}/endless`), `<itunes:image href="${base}/cover.png"/>`));
      if (route === "/endless-cover.xml")
        return response.end(feedOf(item(`${base}/page`, 2), `<itunes:image href="${base}/endless"/>`));
      if (route === "/cover.png" || route === "/page") {
        // What a host's CDN serves for a file it lost: a page, called an image.
        response.setHeader("content-type", "image/png");
        return response.end("<!DOCTYPE html><html><body>Sign in to see this file</body></html>");
      }
      endless.open++;
      const chunk = Buffer.alloc(256 * 1024, 0x7b);
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) endless.sent += chunk.length;
      };
      response.on("drain", pump);
      response.on("close", () => endless.open--);
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
    site?.dispose();
  });

  it("keeps public/cover.png when the host serves a page as the cover, and stops an endless chapters file", async () => {
    const cover = readFileSync(site.path("public/cover.png"));
    const config = site.read("src/show.config.ts");
    for (const flags of [["--dry-run"], []]) {
      const run = await site.run(["import", "--", `${base}/feed.xml`, "--show", ...flags]);
      expect(run.code, run.output).toBe(0);
      expect(run.stdout).toContain(
        `cover art not saved, and the config's kept: expected a PNG or JPEG image at ${base}/cover.png, found an HTML page`,
      );
      expect(run.stderr).toContain(
        `Chapters of item 1 "Chapters 1" (guid c-1) not fetched: larger than the 2 MB a file of its kind may be (more than 2 MB sent): stopped`,
      );
      expect(readFileSync(site.path("public/cover.png")).equals(cover)).toBe(true);
    }
    expect(site.read("src/show.config.ts")).toContain('title: "Hosted"');
    expect(site.read("src/show.config.ts").match(/^ {2}cover: .*$/m)?.[0]).toBe(config.match(/^ {2}cover: .*$/m)?.[0]);
    expect(site.read(`${EPISODES}/s01e01-chapters-1.md`)).not.toContain("chapters:");
  });

  it("stops an endless cover with --dry-run, within its size, and hangs up", async () => {
    endless.sent = 0;
    const run = await site.run(["import", "--", `${base}/endless-cover.xml`, "--show", "--dry-run"]);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain(
      `cover art not saved, and the config's kept: larger than the 20 MB a file of its kind may be (more than 20 MB sent): stopped (${base}/endless)`,
    );
    expect(run.stderr).toContain(
      `Chapters of item 1 "Chapters 2" (guid c-2) not fetched: expected a JSON chapters file at ${base}/page, found an HTML page`,
    );
    expect(run.stdout).not.toContain(`download ${base}/endless`);
    await expect.poll(() => endless.open).toBe(0);
    expect(endless.sent).toBeLessThan(64 * 1024 * 1024);
  });
});

describe("npm run import --force, into files with comments, a byte order mark and CRLF", () => {
  let site: Scratch;
  beforeAll(() => {
    site = new Scratch();
    site.remove(EPISODES);
  });
  afterAll(() => site?.dispose());

  it("changes only the values it replaces, byte for byte", async () => {
    const crlf = (...lines: string[]) => Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`);
    const yaml = (guid: string, url: string, length: number) =>
      crlf(
        "---",
        'title: "One"',
        "date: 2024-04-01",
        "season: 1",
        "episode: 1",
        "# The guid the old host gave it: ask before changing",
        `guid: "${guid}" # from the old host`,
        "audio:",
        "  # the file, for now",
        `  url: "${url}" # moves later`,
        `  length: ${length}`,
        "  duration: 60",
        '  type: "audio/mpeg"',
        "# End of the fields",
        "---",
        "",
        "Notes.",
      );
    const toml = (guid: string, url: string, length: number) =>
      crlf(
        "+++",
        'title = "Two"',
        "date = 2024-04-08",
        "",
        "[extra]",
        "season = 1",
        "episode = 2",
        "# Kept from the old site",
        `guid = "${guid}" # from the old host`,
        "",
        "[extra.audio]",
        "# the file, for now",
        `url = "${url}" # moves later`,
        `length = ${length}`,
        "duration = 60",
        'type = "audio/mpeg"',
        "+++",
        "",
        "Notes.",
      );
    site.write(`${EPISODES}/s01e01-one.md`, yaml("old-1", "https://old.example/1.mp3", 1));
    site.write(`${EPISODES}/s01e02-two.md`, toml("old-2", "https://old.example/2.mp3", 2));
    const items = [1, 2]
      .map(
        (n) =>
          `<item><title>Episode ${n}</title><guid>new-${n}</guid><itunes:episode>${n}</itunes:episode><enclosure url="https://new.example/${n}.mp3" length="${n}000" type="audio/mpeg"/><itunes:duration>60</itunes:duration></item>`,
      )
      .join("");
    site.write("feed.xml", feedOf(items));
    const run = await site.run(["import", "--", "feed.xml", "--force"]);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain('set guid (was "old-1"), audio (replaced)');
    expect(readFileSync(site.path(`${EPISODES}/s01e01-one.md`))).toEqual(
      yaml("new-1", "https://new.example/1.mp3", 1000),
    );
    expect(readFileSync(site.path(`${EPISODES}/s01e02-two.md`))).toEqual(
      toml("new-2", "https://new.example/2.mp3", 2000),
    );
    expect((await site.run(["check:content"])).code).toBe(0);
  });
});

describe("npm run import, a hostile feed", () => {
  let site: Scratch;
  beforeAll(() => {
    site = new Scratch();
    site.remove(EPISODES);
    site.write("feed.xml", HOSTILE_FEED);
  });
  afterAll(() => site?.dispose());

  it("writes only files the content check passes, and names each item it cleaned or refused", async () => {
    const run = await site.run(["import", "--", "feed.xml"]);
    expect(run.code, run.output).toBe(0);
    expect(readdirSync(site.path(EPISODES)).sort()).toEqual([
      "s01e01-escaped-markup.md",
      "s01e06-bidi3pm-exe-and-c1-controls.md",
    ]);
    expect(run.stdout).toContain("Left to decide (5): nothing was written for these items.");
    for (const line of [
      '  item 2 "Same guid, first" (guid shared): not imported, as its guid "shared" is also that of item 3 "Same guid, second"',
      '  item 4 "Script audio" (guid hostile-4): not imported, as its audio address "javascript:alert(1)//a.mp3" cannot be published',
      `  item 5 "Absurd numbers" (guid hostile-5): ${EPISODES}/s01e02-absurd-numbers.md was not written, as the content check would refuse it: audio.length — is required for remote audio`,
      '  item 7 "Plain http audio" (guid hostile-7): not imported, as its audio address "http://media.hostile.example/7.mp3" cannot be published',
      `  ${EPISODES}/s01e06-bidi3pm-exe-and-c1-controls.md ← item 6 "Bidi3pm.exe and C1 controls" (guid hostile-6): removed 3 control or bidirectional characters from the title`,
    ]) {
      expect(run.stdout).toContain(line);
    }
    expect(site.read(`${EPISODES}/s01e01-escaped-markup.md`)).toContain(
      'Play \\<span data-play=\'\\{"url":"javascript:alert(1)"}\'>this\\</span>, \\<b>not bold\\</b>',
    );
    const check = await site.run(["check:content"]);
    expect(check.code, check.output).toBe(0);
    const build = await site.run(["build"]);
    expect(build.code, build.output).toBe(0);
    const page = site.read("dist/episodes/s01e01-escaped-markup/index.html");
    expect(page).toContain("Play &lt;span data-play=");
    expect(page).not.toMatch(/<span data-play|<b>not bold/);
  });
});

describe("npm run import --download, a show leaving its host with its audio", () => {
  const port = Number(process.env.E2E_PORT ?? 4329) + 6;
  const base = `https://127.0.0.1:${port}`;
  const audio = readFileSync(fileURLToPath(new URL("../public/audio/s01e00-trailer.mp3", import.meta.url)));
  const FIRST = [
    "---",
    "title: First",
    "date: 2024-04-01",
    "season: 1",
    "episode: 1",
    "guid: dl-1 # the host's guid",
    "---",
    "",
    "The first episode, written here before the move.",
    "",
  ].join("\n");
  const item = (n: number, title: string, url: string) =>
    `<item><title>${title}</title><guid>dl-${n}</guid><pubDate>${new Date(Date.UTC(2024, 3, n)).toUTCString()}</pubDate><itunes:season>1</itunes:season><itunes:episode>${n}</itunes:episode><enclosure url="${url}" length="${audio.length}" type="audio/mpeg"/><itunes:duration>6</itunes:duration><description>Notes of ${title}.</description></item>`;
  let site: Scratch;
  let server: Server;
  let tls: string;

  beforeAll(async () => {
    // The host's CDN over https, as the import takes only https audio: a certificate made for the test,
    // trusted by the import through NODE_EXTRA_CA_CERTS.
    site = new Scratch();
    tls = site.path("tls");
    await new Promise<void>((resolve, reject) =>
      spawn(
        "openssl",
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"].concat([
          "-addext",
          "subjectAltName=IP:127.0.0.1",
          "-keyout",
          `${tls}-key.pem`,
          "-out",
          `${tls}-cert.pem`,
        ]),
        { stdio: "ignore" },
      ).on("close", (code) => (code === 0 ? resolve() : reject(new Error(`openssl exited with ${code}`)))),
    );
    const { createServer: createHttpsServer } = await import("node:https");
    server = createHttpsServer(
      { key: readFileSync(`${tls}-key.pem`), cert: readFileSync(`${tls}-cert.pem`) },
      (request, response) => {
        if (request.url === "/feed.xml")
          return response.end(
            feedOf(
              item(1, "First", `${base}/audio/first.mp3`) +
                item(2, "Second", `${base}/media/second`) +
                item(3, "Third", `${base}/lost.mp3`),
            ),
          );
        if (request.url === "/audio/first.mp3" || request.url === "/media/second") return response.end(audio);
        // A file the host lost, answered with a page.
        response.setHeader("content-type", "audio/mpeg");
        response.end("<!DOCTYPE html><html><body>Gone</body></html>");
      },
    );
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    site.remove(EPISODES);
    site.write(`${EPISODES}/s01e01-first.md`, FIRST);
  });
  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
    site?.dispose();
  });

  const importing = (...flags: string[]) =>
    site.run(["import", "--", `${base}/feed.xml`, "--download", ...flags], { NODE_EXTRA_CA_CERTS: `${tls}-cert.pem` });

  it("says with --dry-run what it would download and move, and changes nothing", async () => {
    const run = await importing("--dry-run");
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain("Would download 3 audio files from the host into the episodes' bundles:");
    expect(run.stdout).toContain(
      `  ${EPISODES}/s01e01-first/episode.mp3 ← ${base}/audio/first.mp3 (${EPISODES}/s01e01-first.md moves to ${EPISODES}/s01e01-first/index.md)`,
    );
    expect(readdirSync(site.path(EPISODES))).toEqual(["s01e01-first.md"]);
  });

  it("saves each episode's audio in its bundle and names it there, the file otherwise as it was", async () => {
    const run = await importing();
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain("Downloaded 2 audio files from the host into the episodes' bundles:");
    expect(run.stdout).toContain(
      `item 3 "Third" (guid dl-3): audio not downloaded, expected audio at ${base}/lost.mp3, found an HTML page;`,
    );
    expect(site.exists(`${EPISODES}/s01e01-first.md`)).toBe(false);
    const first = site.read(`${EPISODES}/s01e01-first/index.md`);
    expect(first.replace(/^audio:\n(?: {2}.*\n)+/m, "")).toBe(FIRST);
    expect(readFrontMatter(first).data.audio).toEqual({
      url: "./episode.mp3",
      length: audio.length,
      type: "audio/mpeg",
      duration: 6,
    });
    expect(readFileSync(site.path(`${EPISODES}/s01e01-first/episode.mp3`)).equals(audio)).toBe(true);

    const second = readdirSync(site.path(EPISODES)).find((name) => name.startsWith("s01e02-"))!;
    expect(readFileSync(site.path(`${EPISODES}/${second}/episode.mp3`)).equals(audio)).toBe(true);
    expect((readFrontMatter(site.read(`${EPISODES}/${second}/index.md`)).data.audio as { url: string }).url).toBe(
      "./episode.mp3",
    );
    // The lost file stays at the host, and nothing of it is left here.
    const third = readdirSync(site.path(EPISODES)).find((name) => name.startsWith("s01e03-"))!;
    expect(third).toMatch(/\.md$/);
    expect((readFrontMatter(site.read(`${EPISODES}/${third}`)).data.audio as { url: string }).url).toBe(
      `${base}/lost.mp3`,
    );

    const check = await site.run(["check:content"]);
    expect(check.code, check.output).toBe(0);
  });

  it("changes nothing on a second run", async () => {
    // Every file of the episodes' folder, bundles and audio included.
    const everything = () =>
      readdirSync(site.path(EPISODES), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name))]);
    const before = everything();
    const run = await importing();
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).not.toContain("Downloaded");
    expect(everything()).toEqual(before);
  });
});

describe("npm run import --show, the Podcasting 2.0 namespace's own example into an empty site", () => {
  let site: Scratch;
  let sourceXml: string;
  let builtXml: string;
  let run: Awaited<ReturnType<Scratch["run"]>>;
  let server: Server;
  /** The chapters file of each item, as a host serves it: the example names files of example.com. */
  const chaptersOf = (n: number) => ({
    version: "1.2.0",
    chapters: [
      { startTime: 0, title: `Episode ${n}: the intro` },
      { startTime: 168, title: "Hearing aids", url: `https://example.com/hearing-${n}` },
      { startTime: 1200 + n, title: "Listener mail" },
    ],
  });

  beforeAll(async () => {
    site = new Scratch();
    site.remove(EPISODES);
    const xml = readFileSync(feedFile("podcast-namespace-example.xml"), "utf8");
    const cover = readFileSync(site.path("public/cover.png"));
    let hosted = "";
    // The host, here: the feed, its chapters files and its cover, which the example names on example.com.
    server = createServer((request, response) => {
      const route = request.url ?? "";
      const n = /^\/ep(\d)_chapters\.json$/.exec(route)?.[1];
      if (route === "/feed.xml") return response.end(hosted);
      if (route === "/cover.png") return response.end(cover);
      if (!n) return response.writeHead(404).end();
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(chaptersOf(Number(n))));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    hosted = xml
      .replace(/https:\/\/example\.com\/(ep\d_chapters\.json)/g, `${base}/$1`)
      .replaceAll("https://example.com/images/pci_avatar-massive.jpg", `${base}/cover.png`);
    run = await site.run(["import", "--", `${base}/feed.xml`, "--show"]);
    const build = await site.run(["build"]);
    expect(build.code, build.output).toBe(0);
    sourceXml = xml;
    builtXml = site.read("dist/rss.xml");
  }, 240_000);
  afterAll(() => {
    server?.close();
    site?.dispose();
  });

  /** The example and the built feed, as feedsmith reads them. */
  const feeds = () => ({ source: parseRssFeed(sourceXml), built: parseRssFeed(builtXml) });
  /** The built item of each source item, by its guid. */
  const pair = () => {
    const { source, built } = feeds();
    return source.items!.map((item) => ({ item, out: built.items!.find((b) => b.guid?.value === item.guid?.value)! }));
  };
  const https = (uri?: string) => /^https:/.test(uri ?? "");
  type Person = { display?: string; role?: string; group?: string; img?: string; href?: string };
  /**
   * Persons as the namespace means them: role host and group cast where the tag leaves them out
   * (the site writes both), in one order (the site writes guests first).
   */
  const persons = (list: Person[] = []) =>
    list
      .map((p) => ({ ...p, role: p.role ?? "host", group: p.group ?? "cast" }))
      .sort((a, b) => a.display!.localeCompare(b.display!));

  it("imports every item, and the build carries each", () => {
    expect(run.code, run.output).toBe(0);
    expect(pair().every(({ out }) => out !== undefined)).toBe(true);
    expect(feeds().built.items).toHaveLength(3);
  });

  it("carries the items' soundbites, places, licence, conversations and value splits with the same values", () => {
    for (const { item, out } of pair()) {
      expect(out.podcast?.soundbites).toEqual(item.podcast?.soundbites);
      expect(out.podcast?.locations).toEqual(item.podcast?.locations);
      expect(out.podcast?.license).toEqual(item.podcast?.license);
      expect(out.podcast?.socialInteracts).toEqual(item.podcast?.socialInteracts);
      expect(out.podcast?.values).toEqual(item.podcast?.values);
    }
    // Both places of an item: where it was made and what it is about.
    expect(pair()[1].out.podcast?.locations?.map((l) => l.rel)).toEqual(["creator", "subject"]);
  });

  it("carries the alternate files with every source, the ipfs: ones included, in the order given", () => {
    for (const { item, out } of pair()) {
      // podcast:integrity is not carried: the site has no field for it yet.
      expect(out.podcast?.alternateEnclosures).toEqual(
        item.podcast?.alternateEnclosures
          ?.map((a) => ({ ...a, integrity: undefined }))
          .map((a) => JSON.parse(JSON.stringify(a))),
      );
    }
    const video = pair()[0].out.podcast!.alternateEnclosures!.find((a) => a.type === "video/mp4")!;
    expect(video.sources).toEqual([
      { uri: "https://example.com/file-720.mp4" },
      { uri: "ipfs://QmX33FYehk6ckGQ6g1D9D3FqZPix5JpKstKQKbaS8quUFb" },
    ]);
  });

  it("never links or plays an ipfs: source on a page: the video plays from its https source", () => {
    const html = pages(site).map((page) => site.read(page));
    expect(html.some((page) => page.includes("https://example.com/file-720.mp4"))).toBe(true);
    expect(html.filter((page) => /ipfs:/i.test(page))).toEqual([]);
  });

  it("carries every person, hosts and other roles with their link and photo, on the items and the channel", () => {
    for (const { item, out } of pair()) {
      // An http: photo (Adam Curry's in two items) is not the site's to publish: the import leaves it out.
      const source = (item.podcast?.persons ?? []).map((p) => (https(p.img) ? p : { ...p, img: undefined }));
      expect(persons(out.podcast?.persons)).toEqual(persons(JSON.parse(JSON.stringify(source))));
    }
    expect(pair()[0].out.podcast?.persons?.find((p) => p.display === "Becky Smith")).toEqual({
      display: "Becky Smith",
      role: "cover art designer",
      group: "visuals",
      href: "https://example.com/artist/beckysmith",
    });
    const { source, built } = feeds();
    expect(persons(built.podcast?.persons)).toEqual(persons(source.podcast?.persons));
  });

  it("carries every transcript, plain text and captions in another language, with the same values", () => {
    for (const { item, out } of pair()) expect(out.podcast?.transcripts).toEqual(item.podcast?.transcripts);
    expect(pair()[0].out.podcast?.transcripts?.map((t) => t.type)).toEqual(["text/plain", "text/vtt"]);
  });

  it("publishes each item's chapters file, fetched from the host, and points at it", () => {
    for (const [i, { item, out }] of pair().entries()) {
      const n = /ep(\d)_chapters/.exec(item.podcast!.chapters!.url!)![1];
      const slug = new URL(out.link!).pathname.split("/").filter(Boolean).at(-1)!;
      // The namespace's type for the file: the example's plain application/json is an older form.
      expect(out.podcast?.chapters, `item ${i + 1}`).toEqual({
        url: `https://podcast.example.com/episodes/${slug}/chapters.json`,
        type: "application/json+chapters",
      });
      const published = JSON.parse(site.read(`dist/episodes/${slug}/chapters.json`));
      expect(published.chapters).toEqual(chaptersOf(Number(n)).chapters);
    }
  });

  it("carries the enclosures and the images", () => {
    for (const { item, out } of pair()) {
      expect(out.enclosures).toEqual(item.enclosures);
      expect(out.itunes?.image).toBe(item.itunes?.image);
    }
  });

  it("writes the channel's licence, place, blocks, podroll, publisher, value, funding and trailer into the show config", () => {
    const { source, built } = feeds();
    const channel = built.podcast!;
    const from = source.podcast!;
    expect(channel.license).toEqual(from.license);
    expect(channel.locations).toEqual(from.locations);
    expect(channel.blocks).toEqual(from.blocks);
    expect(channel.podroll).toEqual(from.podroll);
    expect(channel.publisher).toEqual(from.publisher);
    expect(channel.values).toEqual(from.values);
    expect(channel.fundings).toEqual(from.fundings);
    expect(built.itunes?.block).toBe(true);
    // The same instant, written in GMT as the site writes every date of the feed.
    const instant = (t: { pubDate?: unknown }) => ({ ...t, pubDate: new Date(String(t.pubDate)).getTime() });
    expect(channel.trailers?.map(instant)).toEqual(from.trailers?.map(instant));
    expect(channel.trailers?.[0].pubDate).toBe("Thu, 01 Apr 2021 13:00:00 GMT");
  });
});
