import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isGuestPath, readGuestFolder } from "./guests.ts";

describe("guest profile files", () => {
  it.each([
    ["lin-example.yaml", true],
    ["lin.yml", true],
    ["lin.md", true],
    [".lin.yaml", false],
    ["lin.mdx", false],
    ["lin.YAML", false],
    ["old/lin.yaml", false],
    ["lin.jpg", false],
  ])("%s is a profile: %s", (path, expected) => expect(isGuestPath(path)).toBe(expected));

  const base = mkdtempSync(join(tmpdir(), "guest-files-"));
  const project = join(base, "project");
  const guests = join(project, "src/content/guests");
  mkdirSync(join(guests, "old"), { recursive: true });
  writeFileSync(join(guests, "b.yaml"), "name: B\n");
  writeFileSync(join(guests, "a.md"), "---\nname: A\n---\n");
  writeFileSync(join(guests, "old/c.yaml"), "name: C\n");
  writeFileSync(join(guests, "notes.txt"), "not a profile");
  writeFileSync(join(base, "secret.yaml"), "name: Secret\n");
  symlinkSync(join(base, "secret.yaml"), join(guests, "d.yaml"));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("reads the profiles of the folder, and never the text of a link out of the project", () => {
    expect(readGuestFolder(project)).toEqual([
      { file: "src/content/guests/a.md", source: "---\nname: A\n---\n" },
      { file: "src/content/guests/b.yaml", source: "name: B\n" },
      { file: "src/content/guests/d.yaml", source: "", linkedOutside: true },
    ]);
  });

  it("reads none where the folder is missing", () => {
    expect(readGuestFolder(base)).toEqual([]);
  });
});
