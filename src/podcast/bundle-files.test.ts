import { describe, expect, it } from "vitest";
import { bundlePublishes, unpublishedReason } from "./bundle-files.ts";

describe("what a page bundle publishes", () => {
  it.each(["studio.png", "art.JPG", "cover.webp", "episode.mp3", "episode.m4a", "clip.mp4", "clip.webm"])(
    "publishes %s",
    (name) => expect(bundlePublishes(name)).toBe(true),
  );
  it.each(["transcript.vtt", "transcript.srt", "transcript.json", "chapters.json", "slides.pdf"])(
    "publishes %s",
    (name) => expect(bundlePublishes(name)).toBe(true),
  );

  // Each of these is a page, a stylesheet or a script to a host (nginx, GitHub Pages, astro preview).
  it.each(["page.html", "page.htm", "page.shtml", "page.xht", "page.xhtml", "style.xsl", "logo.svg", "feed.xml"])(
    "leaves out %s, saying so",
    (name) => {
      expect(bundlePublishes(name)).toBe(false);
      expect(unpublishedReason(name)).toBe(
        `expected an image, audio, video, transcript, chapters (.json) or PDF file in a page bundle, found ${name.slice(name.indexOf("."))}: the file is ignored, not published`,
      );
    },
  );

  it("leaves out what comes next, a file without an extension, and says nothing of notes and hidden files", () => {
    expect(bundlePublishes("x.newactivetype")).toBe(false);
    expect(unpublishedReason("README")).toMatch(/found a file without an extension: the file is ignored/);
    expect(unpublishedReason("notes.md")).toBeUndefined();
    expect(unpublishedReason(".DS_Store")).toBeUndefined();
    expect(unpublishedReason("studio.png")).toBeUndefined();
  });
});
