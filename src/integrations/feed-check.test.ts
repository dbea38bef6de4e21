import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { renderFeed } from "../feed/render.ts";
import { makeEpisode, makeShow } from "../testing/fixtures.ts";
import { lintFeed } from "../feed/lint.ts";
import { checkFeed, startFeedLint } from "./feed-check.ts";

const show = makeShow();

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** Writes a built site holding the feed and the given files, then checks it as the build does. */
function check(files: Record<string, string>, episodeData: Record<string, unknown>, written = (feed: string) => feed) {
  dist = mkdtempSync(join(tmpdir(), "feed-check-"));
  const episode = makeEpisode(episodeData);
  const enclosed = { ...episode, audio: { ...episode.audio!, length: 10, duration: 60 } };
  writeFileSync(join(dist, "rss.xml"), written(renderFeed(show, [enclosed])));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dist, path, ".."), { recursive: true });
    writeFileSync(join(dist, path), body);
  }
  return checkFeed(pathToFileURL(`${dist}/`), new Map([[episode.guid, episode.file]]));
}

describe("the check of the written feed", () => {
  it("passes when every file the feed points at is there with its length", async () => {
    await expect(check({ "audio/a.mp3": "0123456789" }, { audio: { url: "/audio/a.mp3" } })).resolves.toMatch(
      /follows the feed rules and points only at files the site holds/,
    );
  });

  it("fails when an enclosure's length is not the file's size", async () => {
    await expect(check({ "audio/a.mp3": "0123456789+" }, { audio: { url: "/audio/a.mp3" } })).rejects.toThrow(
      /enclosure — expected length 11, the file's size, found 10/,
    );
  });

  it("fails when the audio, chapters or transcript file is missing", async () => {
    const run = check(
      {},
      { audio: { url: "/audio/a.mp3" }, chapters: [{ start: 0, title: "Intro" }], transcript: "/t.vtt" },
    );
    const error = await run.then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message).toMatch(/a\.mp3 — enclosure — expected a file of the built site, found none/);
    expect(error?.message).toMatch(/chapters\.json — chapters — expected a file of the built site, found none/);
    expect(error?.message).toMatch(/t\.vtt — transcript — expected a file of the built site, found none/);
  });

  it("fails when a chapters file is not version 1.2.0 with its start times ascending", async () => {
    const chapters = { version: "1.2.0", chapters: [{ startTime: 30 }, { startTime: 10 }] };
    const episode = { slug: "s1e1-check", audio: { url: "/audio/a.mp3" }, chapters: [{ start: 0, title: "Intro" }] };
    await expect(
      check({ "audio/a.mp3": "0123456789", "episodes/s1e1-check/chapters.json": JSON.stringify(chapters) }, episode),
    ).rejects.toThrow(
      /chapters — expected version 1\.2\.0 with start times ascending, found version 1\.2\.0 with 30, 10/,
    );
  });

  it("fails on a written feed that breaks a rule, and takes it out of the output", async () => {
    const twice = (feed: string) => feed.replace(/<item>[\s\S]*<\/item>/, (item) => item + item);
    await expect(check({ "audio/a.mp3": "0123456789" }, { audio: { url: "/audio/a.mp3" } }, twice)).rejects.toThrow(
      /guid-unique — expected each guid once/,
    );
    expect(existsSync(join(dist, "rss.xml"))).toBe(false);
  });

  it("lints the feed in a worker thread, started from the worker's own file as the build starts it", async () => {
    dist = mkdtempSync(join(tmpdir(), "feed-check-"));
    const episode = makeEpisode({ audio: { url: "/audio/a.mp3", length: 10, duration: 60 } });
    const broken = renderFeed(show, [episode]).replace(/<item>[\s\S]*<\/item>/, (item) => item + item);
    const found = await startFeedLint()(broken);
    expect(found.map((p) => p.rule)).toContain("guid-unique");
    expect(found).toEqual(lintFeed(broken));
    await expect(startFeedLint()(renderFeed(show, [episode]))).resolves.toEqual([]);
  });
});
