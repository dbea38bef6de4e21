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
  symlinkSync(join(base, "passwd"), join(project, folder, "transcript.vtt"));
  symlinkSync(join(project, "shared/intro.mp3"), join(project, folder, "intro.mp3"));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("serves the bundle's files and links inside the project, never a link out of it, its .md files or a page or script a browser would run", () => {
    const episode = makeEpisode({ slug: "s01e01-bundle" }, "Notes.", `${folder}/index.md`);
    const transcript = {
      url: "/episodes/s01e01-bundle/transcript.vtt",
      source: `${folder}/transcript.vtt`,
      field: ["transcript"],
    };
    const served = servedFiles(episode, [transcript], project).map((f) => f.url);
    expect(served.sort()).toEqual(["/episodes/s01e01-bundle/intro.mp3", "/episodes/s01e01-bundle/studio.png"]);
  });
});
