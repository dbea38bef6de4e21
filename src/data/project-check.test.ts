import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../problems.ts";
import { makeShow } from "../testing/fixtures.ts";
import { projectCheck } from "./project-check.ts";

const cover = fileURLToPath(new URL("../../public/cover.png", import.meta.url));
const EPISODE = "---\ntitle: A\ndate: 2024-01-01\nseason: 1\nepisode: 1\n---\n\nNotes.\n";

describe("the check of a whole project", () => {
  const base = mkdtempSync(join(tmpdir(), "project-check-"));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  /** A project with one valid episode, the About page and a cover, and `files` on top. */
  function project(name: string, files: Record<string, string> = {}) {
    const root = join(base, name);
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write("src/content/episodes/s01e01-a/index.md", EPISODE);
    write("src/content/about.md", "---\ntitle: About\n---\n\nUs.\n");
    for (const [path, text] of Object.entries(files)) write(path, text);
    mkdirSync(join(root, "public"), { recursive: true });
    copyFileSync(cover, join(root, "public/cover.png"));
    return root;
  }
  const lines = async (root: string, show = makeShow()) =>
    (await projectCheck(root, show)()).problems.map(formatProblem);

  it("passes a project without problems", async () => {
    expect(await lines(project("clean"))).toEqual([]);
  });

  it("names the show's cover that is no image on its setting, and every other image the build cannot read", async () => {
    const root = project("images", {
      "public/fake-cover.png": "<html>not an image</html>",
      "public/guests/lin.jpg": "not an image",
      "src/content/episodes/s01e01-a/unused.png": "not an image",
      "public/.well-known/x.png": "hidden: the build does not read it",
    });
    expect(await lines(root, makeShow({ cover: "/fake-cover.png" }))).toEqual([
      "public/guests/lin.jpg — file — expected an image (PNG, JPEG, GIF, WebP, AVIF or SVG), found a text file: the build reads every image of public/",
      "src/content/episodes/s01e01-a/unused.png — file — expected an image (PNG, JPEG, GIF, WebP, AVIF or SVG), found a text file: the build reads every image of the episodes' folder",
      "src/show.config.ts — cover — expected an image (PNG, JPEG, GIF, WebP, AVIF or SVG) at public/fake-cover.png, found a text file",
    ]);
    expect(await lines(root, makeShow({ logo: "/logo.svg" }))).toContain(
      "src/show.config.ts — logo — expected the logo at public/logo.svg, found no file there",
    );
  });

  it("names a missing About page, and a link of public/ or of a bundle that the build could not follow", async () => {
    const root = project("links");
    rmSync(join(root, "src/content/about.md"));
    symlinkSync("/", join(root, "public/x"));
    symlinkSync(".", join(root, "public/loop"));
    symlinkSync("/", join(root, "src/content/episodes/s01e01-a/root"));
    expect(await lines(root)).toEqual([
      "public/loop — file — expected a file or folder, found a link to a folder that holds the link, a loop: remove the link",
      "public/x — file — expected a file of the project, found a link to a folder outside the project: remove the link",
      "src/content/about.md — file — expected the About page's text at src/content/about.md, found no file there",
      "src/content/episodes/s01e01-a/index.md:1 — page bundle — expected files of the project in the page bundle, found src/content/episodes/s01e01-a/root, a link to a file outside the project: remove it",
    ]);
  });
});
