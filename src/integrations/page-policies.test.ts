import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { forgetCacheWithoutStore, fromStore, oneCspEverywhere, storeOf } from "./page-policies.ts";

const SOURCES = { images: [], media: [], frames: [] };
const page = (policy: string, body = "") =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe("the store of the policy pass", () => {
  const stamp = { mtimeMs: 1000.5, size: 40 };
  const store = storeOf(
    "style-src 'sha256-a' 'sha256-b';",
    new Map([
      ["a.html", { policy: "style-src 'sha256-a';", images: ["https://img.example"], media: [], copy: stamp }],
      ["b.html", { policy: "style-src 'sha256-a';", images: [], media: [], copy: { ...stamp, size: 41 } }],
      ["c.html", { policy: "style-src 'sha256-c';", images: [], media: [] }],
    ]),
  );

  it("keeps each policy once, and only the pages Astro keeps a copy of", () => {
    expect(store.policies).toEqual(["style-src 'sha256-a';"]);
    expect(Object.keys(store.pages)).toEqual(["a.html", "b.html"]);
  });

  it("gives a page Astro restored from the copy the pass wrote", () => {
    expect(fromStore(store, "a.html", { file: stamp, copy: stamp })).toEqual({
      policy: "style-src 'sha256-a';",
      images: ["https://img.example"],
      media: [],
    });
  });

  it("gives nothing for a page rendered again, a copy written since, or a page it never saw", () => {
    expect(fromStore(store, "a.html", { file: { ...stamp, mtimeMs: 2000 }, copy: stamp })).toBeUndefined();
    const since = { ...stamp, mtimeMs: 3000 };
    expect(fromStore(store, "a.html", { file: since, copy: since })).toBeUndefined();
    expect(fromStore(store, "c.html", { file: stamp, copy: stamp })).toBeUndefined();
    expect(fromStore(undefined, "a.html", { file: stamp, copy: stamp })).toBeUndefined();
  });
});

describe("oneCspEverywhere with Astro's incremental cache", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A built site in `dist/`, and Astro's cache beside it with a copy of each page, as Astro writes them. */
  function built(pages: Record<string, string>) {
    root = mkdtempSync(join(tmpdir(), "page-policies-"));
    for (const [path, html] of Object.entries(pages)) write(path, html);
    return { dist: pathToFileURL(join(root, "dist/")), cache: pathToFileURL(join(root, "cache/")) };
  }
  function write(path: string, html: string) {
    for (const file of [join(root, "dist", path), join(root, "cache", "dist", path)]) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
    }
  }
  /** What Astro does to restore a page: its copy, with the copy's times. */
  function restore(path: string) {
    const copy = join(root, "cache", "dist", path);
    writeFileSync(join(root, "dist", path), readFileSync(copy));
    const { atime, mtime } = statSync(copy);
    utimesSync(join(root, "dist", path), atime, mtime);
  }
  const read = (path: string) => readFileSync(join(root, "dist", path), "utf8");
  const run = (dist: URL, cache: URL, sources = SOURCES) =>
    oneCspEverywhere(dist, sources, cache).then((lines) => lines.join(""));

  it("gives every page the site's policy, and so the copies Astro restores them from", async () => {
    const { dist, cache } = built({
      "index.html": page("style-src 'sha256-a';"),
      "b/index.html": page("style-src 'sha256-b';"),
    });
    expect(await run(dist, cache)).toMatch(/2 read, 2 rewritten/);
    for (const path of ["index.html", "b/index.html"]) {
      expect(read(path)).toContain("style-src 'sha256-a' 'sha256-b';");
      expect(readFileSync(join(root, "cache", "dist", path), "utf8")).toBe(read(path));
    }
  });

  it("reads only the pages rendered again when the rest are restored, and ends as a first build would", async () => {
    const { dist, cache } = built({
      "index.html": page("style-src 'sha256-a';"),
      "b/index.html": page("style-src 'sha256-b';"),
      "c/index.html": page("style-src 'sha256-b';"),
    });
    await run(dist, cache);
    const first = read("c/index.html");
    restore("index.html");
    restore("b/index.html");
    write("c/index.html", page("style-src 'sha256-b';", "<p>edited</p>"));
    expect(await run(dist, cache)).toMatch(/1 read, 1 rewritten/);
    expect(read("c/index.html")).toBe(first.replace("<body>", "<body><p>edited</p>"));
  });

  it("rewrites the restored pages too when a page rendered again brings a new host", async () => {
    const { dist, cache } = built({
      "index.html": page("style-src 'sha256-a';"),
      "b/index.html": page("style-src 'sha256-a';"),
    });
    await run(dist, cache);
    restore("index.html");
    write("b/index.html", page("style-src 'sha256-a';", '<img src="https://pictures.example.org/chart.png">'));
    expect(await run(dist, cache)).toMatch(/1 read, 2 rewritten/);
    expect(read("index.html")).toContain("img-src 'self' https://pictures.example.org");
  });

  it("has Astro render every page again when its cache outlived the store", () => {
    root = mkdtempSync(join(tmpdir(), "page-policies-"));
    const cache = pathToFileURL(join(root, "cache/"));
    mkdirSync(join(root, "cache"));
    writeFileSync(join(root, "cache", "incremental-build.json"), "{}");
    forgetCacheWithoutStore(cache);
    expect(() => statSync(join(root, "cache", "incremental-build.json"))).toThrow();
  });
});
