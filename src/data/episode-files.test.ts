import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isEpisodePath, readEpisodeFiles } from "./episode-files.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("episode files", () => {
  it.each([
    ["s01e06-sentry.md", true],
    ["s02e01-mdx-components.mdx", true],
    ["s01e02-recording-at-home/index.md", true],
    ["_index.md", false],
    ["season-1/_index.md", false],
    ["_drafts/s09e01.md", false],
    [".hidden.md", false],
    ["s01e02-recording-at-home/episode.mp3", false],
  ])("%s is an episode: %s", (path, expected) => expect(isEpisodePath(path)).toBe(expected));

  it("reads the demo episodes, page bundles included", () => {
    const files = readEpisodeFiles(root).map((f) => f.file);
    expect(files).toContain("src/content/episodes/s01e06-sentry.md");
    expect(files).toContain("src/content/episodes/s01e02-recording-at-home/index.md");
    expect(files.every((f) => /\.mdx?$/.test(f))).toBe(true);
  });
});
