import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { renderFeed } from "../feed/render.ts";
import { makeEpisode, makeShow } from "../testing/fixtures.ts";
import { feedCheck } from "./feed-check.ts";

const show = makeShow();

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** Writes a built site holding the feed and the given files, then runs the build:done check. */
function check(files: Record<string, string>, episodeData: Record<string, unknown>) {
  dist = mkdtempSync(join(tmpdir(), "feed-check-"));
  const episode = makeEpisode(episodeData);
  const enclosed = { ...episode, audio: { ...episode.audio!, length: 10, duration: 60 } };
  writeFileSync(join(dist, "rss.xml"), renderFeed(show, [enclosed]));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dist, path, ".."), { recursive: true });
    writeFileSync(join(dist, path), body);
  }
  const integration = feedCheck();
  const logger = { info: () => {} };
  return () =>
    (integration.hooks["astro:build:done"] as (o: unknown) => void)({ dir: pathToFileURL(`${dist}/`), logger });
}

describe("the check of the written feed", () => {
  it("passes when every file the feed points at is there with its length", () => {
    expect(check({ "audio/a.mp3": "0123456789" }, { audio: { url: "/audio/a.mp3" } })).not.toThrow();
  });

  it("fails when an enclosure's length is not the file's size", () => {
    expect(check({ "audio/a.mp3": "0123456789+" }, { audio: { url: "/audio/a.mp3" } })).toThrow(
      /enclosure — expected length 11, the file's size, found 10/,
    );
  });

  it("fails when the audio, chapters or transcript file is missing", () => {
    const run = check(
      {},
      { audio: { url: "/audio/a.mp3" }, chapters: [{ start: 0, title: "Intro" }], transcript: "/t.vtt" },
    );
    expect(run).toThrow(/a\.mp3 — enclosure — expected a file of the built site, found none/);
    expect(run).toThrow(/chapters\.json — chapters — expected a file of the built site, found none/);
    expect(run).toThrow(/t\.vtt — transcript — expected a file of the built site, found none/);
  });
});
