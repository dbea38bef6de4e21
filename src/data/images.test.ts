import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ART_GLOB, imageFormat, isArtFile } from "./images.ts";

describe("the images the build imports", () => {
  it("are those of art-images.ts's glob", () => {
    const art = readFileSync(new URL("./art-images.ts", import.meta.url), "utf8");
    expect(art).toContain(`import.meta.glob<ImageMetadata>(\n  ${JSON.stringify(ART_GLOB).replace('","', '", "')},`);
  });

  it.each([
    ["public/cover.png", true],
    ["public/guests/lin.svg", true],
    ["public/deep/er/x.jpeg", true],
    ["src/content/episodes/s01e01/art.webp", true],
    ["src/content/episodes/s01e01/logo.svg", false],
    ["public/cover.PNG", false],
    ["public/.well-known/x.png", false],
    ["public/audio/x.mp3", false],
  ])("%s is one: %s", (path, expected) => expect(isArtFile(path)).toBe(expected));
});

describe("the format of an image", () => {
  const dir = mkdtempSync(join(tmpdir(), "images-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it("is read as astro:assets reads it, and none for a file that is no image", async () => {
    expect(await imageFormat(new URL("../../public/cover.png", import.meta.url).pathname)).toBe("png");
    expect(await imageFormat(file("a.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="1"/>'))).toBe(
      "svg",
    );
    expect(await imageFormat(file("fake.png", "<html>not an image</html>"))).toBeUndefined();
    expect(await imageFormat(file("empty.png", ""))).toBeUndefined();
    expect(await imageFormat(join(dir, "none.png"))).toBeUndefined();
  });

  it("reads a file again once it changed", async () => {
    const path = file("later.png", "text");
    expect(await imageFormat(path)).toBeUndefined();
    writeFileSync(path, readFileSync(new URL("../../public/cover.png", import.meta.url)));
    expect(await imageFormat(path)).toBe("png");
  });
});
