import { describe, expect, it } from "vitest";
import { leavesFolder, sitePathProblem } from "./site-path.ts";

describe("a path of the site", () => {
  it.each(["/cover.png", "/audio/s01e06.mp3", "/2024/02/sentry/", "/", "/a.b/c..d/…", "/%C3%A9t%C3%A9.mp3"])(
    "takes %s",
    (path) => expect(sitePathProblem(path)).toBeUndefined(),
  );

  it.each([
    [
      "//evil.example/a.mp3",
      /starting with exactly one \/, found "\/\/evil\.example\/a\.mp3", which browsers .* another site$/,
    ],
    ["/\\evil.example/a.mp3", /starting with exactly one \/, found "\/\\evil\.example\/a\.mp3"/],
    ["/audio\\x.mp3", /no backslash, found/],
    ["audio/x.mp3", /^expected a site path starting with \/, found "audio\/x\.mp3"$/],
    ["/a/../../x.png", /^expected a site path without \. or \.\. parts, found "\/a\/\.\.\/\.\.\/x\.png"$/],
    ["/../../x.png", /without \. or \.\. parts/],
    ["/a/%2e%2E/x.png", /without \. or \.\. parts/],
    ["/./x.png", /without \. or \.\. parts/],
    ["/audio//x.mp3", /without empty parts/],
    ["/a b.mp3", /without spaces, \? or #/],
    ["/a.mp3?v=2", /without spaces, \? or #/],
  ])("refuses %s, saying why", (path, message) => expect(sitePathProblem(path)).toMatch(message));
});

describe("a relative path", () => {
  it.each([
    ["x.png", false],
    ["./a/../x.png", false],
    ["../x.png", true],
    ["a/../../x.png", true],
    ["a/%2e%2e/%2E%2E/x.png", true],
  ])("%s leaves the folder: %s", (path, leaves) => expect(leavesFolder(path)).toBe(leaves));
});
