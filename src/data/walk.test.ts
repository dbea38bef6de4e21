import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../problems.ts";
import { walkFolder } from "./walk.ts";

describe("a walk of a folder of the project", () => {
  const base = mkdtempSync(join(tmpdir(), "walk-"));
  const project = join(base, "project");
  const at = (path: string) => join(project, path);
  for (const folder of ["public/audio", "public/art", "media", "src/content/episodes/s01e01"]) {
    mkdirSync(at(folder), { recursive: true });
  }
  writeFileSync(join(base, "secret.txt"), "root:x:0:0");
  writeFileSync(at("public/audio/a.mp3"), "ID3");
  writeFileSync(at("media/b.mp3"), "ID3");
  writeFileSync(at(".env"), "TOKEN=secret");
  symlinkSync("..", at("public/art/up")); // public/art/up/art/up/…: a loop
  symlinkSync(".", at("public/loop"));
  symlinkSync("/", at("public/root"));
  symlinkSync(join(base, "secret.txt"), at("public/leak.txt"));
  symlinkSync("nowhere.mp3", at("public/gone.mp3"));
  symlinkSync("ring-b", at("public/ring-a"));
  symlinkSync("ring-a", at("public/ring-b"));
  symlinkSync("../media", at("public/media")); // a folder of the project: followed
  symlinkSync("../.env", at("public/env.txt")); // a hidden file of the project: never published
  symlinkSync("../../..", at("src/content/episodes/s01e01/site"));
  symlinkSync(join(base, "secret.txt"), at("src/content/episodes/s01e01/leak.txt"));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("follows links within the project and names each link out of it, into a loop or to nothing", () => {
    const { files, problems } = walkFolder(project, "public", { strict: true });
    expect(files).toEqual(["public/audio/a.mp3", "public/media/b.mp3"]);
    const remove = ": remove the link";
    expect(problems.map(formatProblem)).toEqual([
      `public/art/up — file — expected a file or folder, found a link to a folder that holds the link, a loop${remove}`,
      `public/env.txt — file — expected a file of the project, found a link to a file outside the project${remove}`,
      `public/gone.mp3 — file — expected a file or folder, found a link to nothing${remove}`,
      `public/leak.txt — file — expected a file of the project, found a link to a file outside the project${remove}`,
      `public/loop — file — expected a file or folder, found a link to a folder that holds the link, a loop${remove}`,
      `public/ring-a — file — expected a file or folder, found a loop of links${remove}`,
      `public/ring-b — file — expected a file or folder, found a loop of links${remove}`,
      `public/root — file — expected a file of the project, found a link to a folder outside the project${remove}`,
    ]);
  });

  it("elsewhere names only the links it will not follow, and lists links to files for their own checks", () => {
    const { files, problems } = walkFolder(project, "src/content/episodes");
    expect(files).toEqual(["src/content/episodes/s01e01/leak.txt"]);
    expect(problems.map(formatProblem)).toEqual([
      "src/content/episodes/s01e01/site — file — expected a file or folder, found a link to a folder that holds the link, a loop: remove the link",
    ]);
  });

  it("finds nothing in a folder that is not there", () => {
    expect(walkFolder(project, "nothing")).toEqual({ files: [], problems: [] });
  });
});
