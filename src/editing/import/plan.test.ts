import { fakeCheckContext } from "../../testing/fixtures.ts";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFiles, type SourceFile } from "../content-check.ts";
import { readFrontMatter } from "../front-matter.ts";
import { readFeed } from "./feed.ts";
import { formatPlan, type ImportPlan, planImport } from "./plan.ts";

const FOLDER = "src/content/episodes";
const fixtures = new URL("../../../integration/fixtures/import/", import.meta.url);
const feed = (name: string) => readFeed(readFileSync(new URL(name, fixtures), "utf8"));
const site: SourceFile[] = readdirSync(new URL("zola-site/", fixtures)).map((name) => ({
  file: `${FOLDER}/${name}`,
  source: readFileSync(new URL(`zola-site/${name}`, fixtures), "utf8"),
}));
const LETSCAST = "https://letscast.fm/podcasts/rust-in-production-82281512/episodes";

/** The files after the plan's writes. */
const apply = (files: SourceFile[], plan: ImportPlan): SourceFile[] => {
  const out = new Map(files.map((f) => [f.file, f.source]));
  for (const write of plan.writes) out.set(write.file, write.source);
  return [...out].map(([file, source]) => ({ file, source }));
};
const written = (plan: ImportPlan, name: string) => plan.writes.find((w) => w.file === `${FOLDER}/${name}`)?.source;
const data = (source: string | undefined) => readFrontMatter(source ?? "").data;

describe("planImport, a LetsCast feed into a Zola site", () => {
  const plan = planImport(feed("letscast.xml"), site, { folder: FOLDER });

  it("matches each item by the first rule that finds one file: guid, number, link, date and title", () => {
    expect(plan.matched.map((m) => [m.file.replace(`${FOLDER}/`, ""), m.rule])).toEqual([
      ["s01e07-tweede-golf.md", "guid"],
      ["s01e06-sentry.md", "link"],
      ["s01e02-arroyo.md", "date and title"],
      ["s01e01-tokio.md", "number"],
    ]);
  });

  it("writes guid, audio url, length, type and duration under [extra], the rest byte for byte", () => {
    const before = site.find((f) => f.file.endsWith("s01e06-sentry.md"))!.source;
    const after = written(plan, "s01e06-sentry.md")!;
    expect(data(after).extra).toMatchObject({
      guid: "7b5c1ab2-9d0e-4c4f-8a51-0c1d2e3f4a5b",
      audio: {
        url: `${LETSCAST}/rust-in-production-ep-6-sentry-s-arpad-borsos/mp3`,
        length: 48213504,
        type: "audio/mpeg",
        duration: 4018,
      },
    });
    const player = /\n<script src="https:\/\/letscast\.fm[^\n]*<\/script>\n/;
    const added = /\nguid = [^\n]*\naudio = \{[^\n]*\}/;
    expect(after.replace(added, "")).toBe(before.replace(player, ""));
    expect(written(plan, "s01e06-sentry.md")).not.toContain("player.js");
  });

  it("keeps YAML files YAML and fills in a file that has the guid already", () => {
    expect(data(written(plan, "s01e02-arroyo.md"))).toMatchObject({
      guid: "a2b3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6d",
      audio: { length: 51380224, duration: 3211 },
    });
    expect(written(plan, "s01e02-arroyo.md")).toContain("role: Co-founder of Arroyo  # the guest's role");
    expect(data(written(plan, "s01e07-tweede-golf.md")).audio).toMatchObject({ length: 55125318, duration: 3446 });
  });

  it("creates files for items without one, numbering those the feed leaves unnumbered", () => {
    expect(plan.created.map((c) => [c.file.replace(`${FOLDER}/`, ""), c.notes])).toEqual([
      ["s01e09-bonus-live-from-rustnation.md", ["numbered S1 E9: the feed gives no number"]],
      ["s01e08-rust-in-production-ep-8-zed-s-antonio-scandurra.md", []],
    ]);
    const zed = written(plan, "s01e08-rust-in-production-ep-8-zed-s-antonio-scandurra.md")!;
    expect(data(zed)).toMatchObject({
      season: 1,
      episode: 8,
      guid: "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
      guests: [{ name: "Antonio Scandurra", url: "https://github.com/as-cii" }],
      chapters: [{ start: 0 }, { start: 150 }, { start: 2465, url: "https://zed.dev/blog/videogame" }],
    });
    expect(zed).toContain("\n## Show Notes\n");
    expect(zed).toContain("-   [Zed on GitHub](https://github.com/zed-industries/zed)");
    expect(zed).not.toMatch(/<script|javascript:|<iframe|onerror|player\.js/);
  });

  it("leaves ambiguous and conflicting items to the editor, naming the candidates", () => {
    expect(plan.ambiguous.map((a) => [a.item.index, a.rule, a.candidates])).toEqual([
      [6, "date and title", [`${FOLDER}/s01e04-workshop-part-1.md`, `${FOLDER}/s01e05-workshop-part-2.md`]],
    ]);
    expect(plan.conflicts.map((c) => [c.item.index, c.file])).toEqual([[7, `${FOLDER}/s01e03-curious.md`]]);
    expect(written(plan, "s01e03-curious.md")).toBeUndefined();
    const report = formatPlan(plan, false).join("\n");
    expect(report).toContain(
      `item 7 "Rust in Production Ep 3 - Curious Corp" (guid d1c2b3a4-9f8e-4d7c-6b5a-4e3d2c1b0a9f): conflict with ${FOLDER}/s01e03-curious.md, which matches by number but has guid "site-guid-3"`,
    );
    expect(report).toContain("Skipped 1 items without audio");
  });

  it("replaces a conflicting guid only with force", () => {
    const forced = planImport(feed("letscast.xml"), site, { folder: FOLDER, force: true });
    expect(data(written(forced, "s01e03-curious.md")).extra).toMatchObject({
      guid: "d1c2b3a4-9f8e-4d7c-6b5a-4e3d2c1b0a9f",
    });
  });

  it("changes nothing on a second run, and the site's content check passes", async () => {
    const after = apply(site, plan);
    const again = planImport(feed("letscast.xml"), after, { folder: FOLDER });
    expect(again.writes).toEqual([]);
    expect(again.matched.filter((m) => m.changes.length)).toEqual([]);
    expect(formatPlan(again, false)).toContain("Nothing to change: every file is up to date.");
    const result = await checkFiles(after, fakeCheckContext("everything"));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe("planImport, other hosts", () => {
  it("matches a Buzzsprout item by the episode id in the file's player, and creates the other", () => {
    const file = {
      file: `${FOLDER}/cutting-the-cord.md`,
      source: `---\ntitle: No more string\ndate: 2023-01-01\nseason: 1\nepisode: 40\n---\n\n<div id="buzzsprout-player-14523342"></div><script src="https://www.buzzsprout.com/2193055/14523342-cutting-the-cord.js?container_id=buzzsprout-player-14523342&player=small" type="text/javascript" charset="utf-8"></script>\n`,
    };
    const plan = planImport(feed("buzzsprout.xml"), [file], { folder: FOLDER });
    expect(plan.matched.map((m) => [m.file, m.rule, m.changes])).toEqual([
      [file.file, "link", ["guid", "audio", "removed the Buzzsprout player"]],
    ]);
    expect(data(plan.writes[0].source)).toMatchObject({ guid: "Buzzsprout-14523342", audio: { duration: 1834 } });
    expect(plan.writes[0].source).not.toContain("buzzsprout-player");
    expect(plan.created[0]).toMatchObject({ file: `${FOLDER}/s01e11-seeds-in-winter.md` });
    const chapters = [{ start: 0, title: "Cord" }];
    const fetched = planImport(feed("buzzsprout.xml"), [], {
      folder: FOLDER,
      chapters: new Map([["https://www.buzzsprout.com/2193055/14523342/chapters.json", chapters]]),
    });
    expect(data(fetched.writes.find((w) => w.file.endsWith("s01e12-cutting-the-cord.md"))?.source).chapters).toEqual(
      chapters,
    );
    expect(planImport(feed("buzzsprout.xml"), [], { folder: FOLDER }).created[0].notes).toContain(
      "chapters not imported (the feed's chapters file was not fetched): https://www.buzzsprout.com/2193055/14523342/chapters.json",
    );
  });

  it("matches a Transistor item by its share link in the file's player, and numbers a trailer", () => {
    const file = {
      file: `${FOLDER}/pricing.md`,
      source: `+++\ntitle = "Pricing"\ndate = 2024-04-08\n[extra]\nseason = 1\nepisode = 9\n+++\n\n<iframe width="100%" height="180" frameborder="no" scrolling="no" seamless src="https://share.transistor.fm/e/4d1a2b3c"></iframe>\n`,
    };
    const plan = planImport(feed("transistor.xml"), [file], { folder: FOLDER });
    expect(plan.matched.map((m) => [m.file, m.rule])).toEqual([[file.file, "link"]]);
    expect(data(plan.writes[0].source).extra).toMatchObject({
      guid: "5e8c2f1a-3b4d-4c6e-9f7a-1b2c3d4e5f60",
      audio: { url: "https://media.transistor.fm/4d1a2b3c/0f9e8d7c.mp3", length: 33554432, duration: 2345 },
    });
    const trailer = plan.writes.find((w) => w.created)!;
    expect(data(trailer.source)).toMatchObject({ season: 1, episode: 1, episodeType: "trailer" });
  });

  it("keeps audio a file already has unless forced", () => {
    const file = {
      file: `${FOLDER}/s01e12-cutting-the-cord.md`,
      source: `---\ntitle: Cutting the cord\ndate: 2024-03-05\nseason: 1\nepisode: 12\naudio:\n  url: /audio/cord.mp3\n---\nNotes.\n`,
    };
    const plan = planImport(feed("buzzsprout.xml"), [file], { folder: FOLDER });
    expect(plan.matched[0]).toMatchObject({ rule: "number", changes: ["guid"], kept: ["audio"] });
    expect(data(plan.writes[0].source).audio).toEqual({ url: "/audio/cord.mp3" });
    const forced = planImport(feed("buzzsprout.xml"), [file], { folder: FOLDER, force: true });
    expect(data(forced.writes[0].source).audio).toMatchObject({ length: 26411234 });
  });
});

describe("planImport, a wrong match", () => {
  it("gives no file the guid and audio of an item whose title is only weakly like its own, and says so", () => {
    const alice = {
      file: `${FOLDER}/s01e10-alice.md`,
      source: "---\ntitle: Interview with Alice Smith\ndate: 2024-05-02\nseason: 1\nepisode: 10\n---\nNotes.\n",
    };
    const bob = readFeed(
      `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title><item><title>Interview with Bob Smith</title><guid>bob</guid><pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate><enclosure url="https://x.example/bob.mp3" length="100" type="audio/mpeg"/><itunes:duration>60</itunes:duration></item></channel></rss>`,
    );
    const plan = planImport(bob, [alice], { folder: FOLDER });
    expect(plan.writes).toEqual([]);
    expect(plan.matched).toEqual([]);
    expect(formatPlan(plan, false)).toContain(
      `  item 1 "Interview with Bob Smith" (guid bob): ambiguous by date and title, the same day as a file whose title "Interview with Alice Smith" shares only some of its words: if it is that episode, set the item's guid in ${FOLDER}/s01e10-alice.md; if not, give the item a file of its own with its guid; then run the import again`,
    );
  });
});
