import { describe, expect, it } from "vitest";
import { fakeCheckContext } from "../../testing/fixtures.ts";
import { HOSTILE_FEED } from "../../testing/hostile-feed.ts";
import { checkFiles, type SourceFile } from "../content-check.ts";
import { readFeed } from "./feed.ts";
import { formatPlan, planImport } from "./plan.ts";
import { refuseWhatTheCheckWould } from "./verify.ts";

const FOLDER = "src/content/episodes";
const context = fakeCheckContext("everything");
const feedOf = (items: string) =>
  readFeed(
    `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>${items}</channel></rss>`,
  );
const item = (title: string, guid: string, extra = "") =>
  `<item><title>${title}</title><guid>${guid}</guid><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate>${extra}<enclosure url="https://x.example/${guid}.mp3" length="100" type="audio/mpeg"/><itunes:duration>60</itunes:duration></item>`;

describe("refuseWhatTheCheckWould", () => {
  it("writes no file the content check would refuse, and names the item and the problems", async () => {
    const planned = planImport(readFeed(HOSTILE_FEED), [], { folder: FOLDER });
    expect(planned.created.map((c) => c.item.index)).toEqual([1, 5, 6]);
    const plan = await refuseWhatTheCheckWould(planned, [], context);
    expect(plan.created.map((c) => c.item.index)).toEqual([1, 6]);
    expect(plan.writes.map((w) => w.file)).toEqual([
      `${FOLDER}/s01e01-escaped-markup.md`,
      `${FOLDER}/s01e06-bidi3pm-exe-and-c1-controls.md`,
    ]);
    expect(formatPlan(plan, false)).toContain(
      `  item 5 "Absurd numbers" (guid hostile-5): ${FOLDER}/s01e02-absurd-numbers.md was not written, as the content check would refuse it: audio.length — is required for remote audio: expected the file size in bytes, found nothing; audio.duration — is required for remote audio: expected seconds or H:MM:SS, found nothing; left out the audio length "-5": expected a whole number from 1 to 50000000000; left out the duration "99999999": expected seconds or H:MM:SS, at most 100 hours; left out the season number "-1": expected a whole number from 1 to 9999; left out the episode number "1e+300": expected a whole number from 0 to 99999`,
    );
    const written = plan.writes.map(({ file, source }) => ({ file, source }));
    const result = await checkFiles(written, context);
    expect(result.problems).toEqual([]);
  });

  it("refuses a new file that clashes with a file of the site, though the clash is reported on the other", async () => {
    const site: SourceFile[] = [
      {
        file: `${FOLDER}/zz-late.md`,
        source: '---\ntitle: Late\ndate: 2024-01-01\nseason: 1\nepisode: 4\nguid: "g-late"\n---\nNotes.\n',
      },
    ];
    // The host numbered another item 4; the site's file 4 is matched by its guid. The new file's
    // name sorts first, so the clash of numbers is reported on the site's file.
    const items = item("Late", "g-late") + item("Four", "g-4", "<itunes:episode>4</itunes:episode>");
    const planned = planImport(feedOf(items), site, { folder: FOLDER });
    expect(planned.created.map((c) => c.file)).toEqual([`${FOLDER}/s01e04-four.md`]);
    const plan = await refuseWhatTheCheckWould(planned, site, context);
    expect(plan.writes.map((w) => w.file)).toEqual([`${FOLDER}/zz-late.md`]);
    expect(plan.refused).toMatchObject([
      {
        file: `${FOLDER}/s01e04-four.md`,
        reasons: [
          `${FOLDER}/zz-late.md: episode — expected an episode number not yet used in season 1, found 4, already used by ${FOLDER}/s01e04-four.md`,
        ],
      },
    ]);
  });

  it("leaves a file's own problems to it: the edit that brings none is written, byte order mark and all", async () => {
    const site: SourceFile[] = [
      {
        file: `${FOLDER}/s01e01-one.md`,
        source: "\uFEFF---\ntitle: One\ndate: 2024-04-01\nseason: 1\nepisode: 1\nimage: /missing.png\n---\nNotes.\n",
      },
    ];
    const broken = fakeCheckContext(["public/other.png"]);
    expect((await checkFiles(site, broken)).problems.map((p) => p.field)).toEqual(["image"]);
    const plan = await refuseWhatTheCheckWould(
      planImport(feedOf(item("One", "g-1", "<itunes:episode>1</itunes:episode>")), site, { folder: FOLDER }),
      site,
      broken,
    );
    expect(plan.refused).toEqual([]);
    expect(plan.writes[0].source).toMatch(/^\uFEFF---\ntitle: One\n.*\nguid: "g-1"\naudio:\n/s);
  });
});
