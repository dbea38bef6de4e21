import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeEpisode } from "../testing/fixtures.ts";
import { servedFiles } from "./bundle.ts";

describe("files served beside an episode's page", () => {
  const base = mkdtempSync(join(tmpdir(), "bundle-"));
  const project = join(base, "project");
  const folder = "src/content/episodes/s01e01-bundle";
  mkdirSync(join(project, folder), { recursive: true });
  mkdirSync(join(project, "shared"), { recursive: true });
  writeFileSync(join(base, "passwd"), "root:x:0:0");
  writeFileSync(join(project, "shared/intro.mp3"), "ID3");
  writeFileSync(join(project, folder, "index.md"), "---\n---\n");
  writeFileSync(join(project, folder, "notes.md"), "not served");
  writeFileSync(join(project, folder, "studio.png"), "png");
  writeFileSync(join(project, folder, "page.html"), "<script>alert(1)</script>");
  writeFileSync(join(project, folder, "logo.svg"), "<svg><script>alert(1)</script></svg>");
  // What a block-list missed: nginx, GitHub Pages and `astro preview` serve each as a page or a stylesheet that runs.
  for (const name of ["page.shtml", "page.xht", "style.xsl", "page.xhtml", "page.htm", "README", "x.wasm", "a.js"]) {
    writeFileSync(join(project, folder, name), "<script>alert(1)</script>");
  }
  writeFileSync(join(project, folder, "face.svg"), "<svg><script>alert(1)</script></svg>");
  for (const name of ["clip.mp4", "chapters.json", "slides.pdf", "art.JPG"])
    writeFileSync(join(project, folder, name), "x");
  symlinkSync(join(base, "passwd"), join(project, folder, "transcript.vtt"));
  symlinkSync(join(project, "shared/intro.mp3"), join(project, folder, "intro.mp3"));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("serves the bundle's media and links inside the project, never a link out of it, its .md files or any file outside the allow-list", () => {
    const episode = makeEpisode({ slug: "s01e01-bundle" }, "Notes.", `${folder}/index.md`);
    const transcript = {
      url: "/episodes/s01e01-bundle/transcript.vtt",
      source: `${folder}/transcript.vtt`,
      field: ["transcript"],
    };
    // A field may name an SVG (a guest's image): it is not served all the same.
    const face = {
      url: "/episodes/s01e01-bundle/face.svg",
      source: `${folder}/face.svg`,
      field: ["guests", 0, "image"],
    };
    const served = servedFiles(episode, [transcript, face], project).map((f) => f.url.replace(episode.url, ""));
    expect(served.sort()).toEqual(["art.JPG", "chapters.json", "clip.mp4", "intro.mp3", "slides.pdf", "studio.png"]);
  });
});
