import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../front-matter.ts";
import type { SourceFile } from "../content-check.ts";
import { localAudio, planDownloads, withDownloads } from "./download.ts";
import { readFeed } from "./feed.ts";
import { planImport } from "./plan.ts";

const FOLDER = "src/content/episodes";
const CDN = "https://cdn.host.example";

const item = (n: number, url: string, type = "audio/mpeg") =>
  `<item><title>Episode ${n}</title><guid>g-${n}</guid><pubDate>${new Date(Date.UTC(2024, 0, n)).toUTCString()}</pubDate><itunes:episode>${n}</itunes:episode><enclosure url="${url}" length="1000" type="${type}"/><itunes:duration>60</itunes:duration></item>`;
const feedOf = (...items: string[]) =>
  readFeed(
    `<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Hosted</title><language>en</language>${items.join("")}</channel></rss>`,
  );
const file = (name: string, n: number, more = ""): SourceFile => ({
  file: `${FOLDER}/${name}`,
  source: `---\ntitle: Episode ${n}\ndate: 2024-01-0${n}\nseason: 1\nepisode: ${n}\nguid: g-${n}\n${more}---\n\nNotes.\n`,
});

function plan(files: SourceFile[], ...items: string[]) {
  const planned = planImport(feedOf(...items), files, { folder: FOLDER });
  return { planned, ...planDownloads(planned, files, () => false) };
}

describe("planDownloads", () => {
  it("saves a bundle's audio beside its index, and moves a single file into a bundle of its name", () => {
    const files = [file("s01e01-one/index.md", 1), file("s01e02-two.md", 2)];
    const { downloads } = plan(files, item(1, `${CDN}/1.mp3`), item(2, `${CDN}/2.m4a`));
    expect(downloads.map(({ file, bundleFile, audio, url }) => ({ file, bundleFile, audio, url }))).toEqual([
      {
        file: `${FOLDER}/s01e01-one/index.md`,
        bundleFile: `${FOLDER}/s01e01-one/index.md`,
        audio: `${FOLDER}/s01e01-one/episode.mp3`,
        url: `${CDN}/1.mp3`,
      },
      {
        file: `${FOLDER}/s01e02-two.md`,
        bundleFile: `${FOLDER}/s01e02-two/index.md`,
        audio: `${FOLDER}/s01e02-two/episode.m4a`,
        url: `${CDN}/2.m4a`,
      },
    ]);
  });

  it("takes items created by the import, and names a file without extension by its type", () => {
    const { downloads } = plan([], item(3, `${CDN}/stream?id=3`, "audio/ogg"));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].bundleFile).toMatch(new RegExp(`^${FOLDER}/s01e03-[a-z0-9-]+/index\\.md$`));
    expect(downloads[0].audio).toMatch(/\/episode\.ogg$/);
  });

  it("leaves on the host what it cannot place, and says why", () => {
    const files = [
      file("s01e01-mdx.mdx", 1),
      file("s01e02-taken.md", 2),
      { file: `${FOLDER}/s01e02-taken/notes.md`, source: "notes" },
      file("s01e03-castanet.md", 3, `podcast_file: "${CDN}/old-3.mp3"\n`),
      file("s01e04-page.md", 4),
    ];
    const { downloads, notes } = plan(
      files,
      item(1, `${CDN}/1.mp3`),
      item(2, `${CDN}/2.mp3`),
      item(3, `${CDN}/3.mp3`),
      item(4, `${CDN}/4`, "audio/x-unknown"),
    );
    expect(downloads).toEqual([]);
    expect(notes.join("\n")).toContain("as an MDX file is not moved into a folder");
    expect(notes.join("\n")).toContain(`as ${FOLDER}/s01e02-taken/ is taken`);
    expect(notes.join("\n")).toContain("as the file names it in podcast_file");
    expect(notes.join("\n")).toContain("as neither its URL nor its type (audio/x-unknown) says what audio it is");
  });

  it("fetches nothing for a file whose audio is its own", () => {
    const own = file("s01e01-own.md", 1, `audio:\n  url: /audio/own.mp3\n`);
    expect(plan([own], item(1, `${CDN}/1.mp3`)).downloads).toEqual([]);
  });
});

describe("withDownloads", () => {
  it("writes each episode at its bundle naming its saved audio, and lists the files that moved", () => {
    const files = [file("s01e01-one.md", 1)];
    const { planned, downloads } = plan(files, item(1, `${CDN}/1.mp3`), item(2, `${CDN}/2.mp3`));
    const texts = new Map(planned.writes.map((w) => [w.file, w.source]));
    const saved = downloads.map((download) => ({
      download,
      text: localAudio(texts.get(download.file)!, download, { length: 5, type: "audio/mpeg", duration: 7 }),
    }));
    const { plan: after, moved } = withDownloads(planned, saved);
    expect(moved).toEqual([`${FOLDER}/s01e01-one.md`]);
    expect(after.writes.map((w) => [w.file.replace(/s01e02-[a-z0-9-]+/, "s01e02-new"), w.created])).toEqual([
      [`${FOLDER}/s01e01-one/index.md`, true],
      [`${FOLDER}/s01e02-new/index.md`, true],
    ]);
    const written = readFrontMatter(after.writes[0].source);
    expect(written.data.audio).toEqual({ url: "./episode.mp3", length: 5, type: "audio/mpeg", duration: 7 });
    expect(written.data.guid).toBe("g-1");
    expect(after.matched[0].file).toBe(`${FOLDER}/s01e01-one/index.md`);
  });
});
