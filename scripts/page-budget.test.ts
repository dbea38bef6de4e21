import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkPage, isOtherOrigin, moduleImports, scriptClosure } from "./page-budget.ts";

const budgets = { pageKb: 20, scriptKb: 15, searchKb: 30, eagerImages: 1 };
const SITE = "https://podcast.example.com";

function page(body: string, head = "") {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>
<link rel="canonical" href="${SITE}/episodes/x/">${head}</head><body>${body}</body></html>`;
}

const check = (html: string, files: Record<string, string> = {}) =>
  checkPage(html, "/episodes/x/", budgets, (path) => files[path]);

describe("page budgets", () => {
  it("passes a plain page with episode audio from a media host", () => {
    const html = page(`<h1>Episode</h1>
      <audio controls preload="none" src="https://media.example.net/a.mp3"><a href="https://media.example.net/a.mp3">Download</a></audio>
      <audio controls><source src="https://cdn.example.net/b.ogg" type="audio/ogg"></audio>
      <a href="https://elsewhere.example.org/">a link is not a request</a>`);
    expect(check(html).problems).toEqual([]);
  });

  it("names scripts, stylesheets, fonts, images and frames loaded from another origin", () => {
    const html = page(
      `<script src="https://cdn.example.net/analytics.js"></script>
       <img src="https://images.example.net/cover.jpg" width="10" height="10" alt="">
       <iframe src="https://player.example.net/embed/1" title="Player"></iframe>
       <p style="background: url('https://img.example.net/bg.png')">x</p>`,
      `<link rel="stylesheet" href="https://fonts.example.net/css">
       <link rel="preconnect" href="https://fonts.example.net">
       <style>@font-face { src: url(https://fonts.example.net/f.woff2) }</style>`,
    );
    const problems = check(html).problems.join("\n");
    for (const url of [
      "https://cdn.example.net/analytics.js",
      "https://images.example.net/cover.jpg",
      "https://player.example.net/embed/1",
      "https://img.example.net/bg.png",
      "https://fonts.example.net/css",
      "https://fonts.example.net/f.woff2",
    ]) {
      expect(problems).toContain(url);
    }
    expect(check(html).problems).toHaveLength(7);
  });

  it("lets metadata links and the site's own absolute URLs through", () => {
    const html = page(
      `<img src="${SITE}/cover.png" width="10" height="10" alt="">`,
      `<link rel="alternate" type="application/rss+xml" href="https://feeds.example.net/rss">
       <link rel="icon" href="/favicon.svg">`,
    );
    expect(check(html).problems).toEqual([]);
  });

  it("counts linked CSS into the page's weight and fails a page over the budget", () => {
    const light = page("<p>Hello</p>", `<link rel="stylesheet" href="/style.css">`);
    const css = randomBytes(12 * 1024).toString("base64");
    const withCss = check(light, { "/style.css": `body{background:url(data:x;base64,${css})}` });
    expect(withCss.gzipBytes).toBeGreaterThan(12 * 1024);
    expect(withCss.problems).toEqual([]);

    const heavy = page(`<p>${randomBytes(24 * 1024).toString("base64")}</p>`);
    expect(check(heavy).problems.join()).toMatch(/gzipped, over the budget of 20 KB/);
  });

  it("reports a missing stylesheet, resolved against the page's own path", () => {
    const report = check(page("", `<link rel="stylesheet" href="notes.css">`));
    expect(report.problems).toEqual(["stylesheet notes.css is missing"]);
    expect(
      check(page("", `<link rel="stylesheet" href="notes.css">`), { "/episodes/x/notes.css": "p{}" }).problems,
    ).toEqual([]);
  });

  it("wants width and height on every image, and every image lazy but one", () => {
    const html = page(`<img src="/a.png" alt="" width="1" height="1">
      <img src="/b.png" alt="">
      <img src="/c.png" alt="" width="1" height="1" loading="lazy">
      <img src="/d.png" alt="" width="1" height="1">`);
    expect(check(html).problems).toEqual([
      "<img> /b.png has no width and height",
      '<img> /b.png is not loading="lazy", and 1 image already loads eagerly',
      '<img> /d.png is not loading="lazy", and 1 image already loads eagerly',
    ]);
  });

  it("lets the eager image come after a lazy one, such as a logo in the header", () => {
    const html = page(`<img src="/logo.png" alt="" width="1" height="1" loading="lazy">
      <img src="/cover.png" alt="" width="1" height="1" fetchpriority="high">`);
    expect(check(html).problems).toEqual([]);
  });

  it("collects local and inline scripts for the site-wide JavaScript budget, but not JSON data", () => {
    const html = page(
      `<script type="module" src="./player.js"></script><script>console.log(1)</script>
       <script type="application/ld+json">{"@type":"PodcastEpisode"}</script>`,
    );
    const report = check(html);
    expect(report.scripts).toEqual(["/episodes/x/player.js"]);
    expect(report.inlineScripts).toEqual(["console.log(1)"]);
  });
});

describe("isOtherOrigin", () => {
  it("tells relative, same-origin, data and foreign URLs apart", () => {
    expect(isOtherOrigin("/a.css", SITE)).toBe(false);
    expect(isOtherOrigin("a.css", SITE)).toBe(false);
    expect(isOtherOrigin(`${SITE}/a.css`, SITE)).toBe(false);
    expect(isOtherOrigin("data:image/png;base64,AAAA", SITE)).toBe(false);
    expect(isOtherOrigin("//cdn.example.net/a.css", SITE)).toBe(true);
    expect(isOtherOrigin("https://cdn.example.net/a.css", SITE)).toBe(true);
    expect(isOtherOrigin("http://podcast.example.com/a.css", SITE)).toBe(true);
  });
});

describe("the transcript page", () => {
  it("may hold a whole transcript, up to its own budget", () => {
    const words = (kb: number) => randomBytes(kb * 1024).toString("base64");
    const html = page(`<ol><li>${words(30)}</li></ol>`);
    const limits = { ...budgets, transcriptPageKb: 60 };
    const at = (path: string) => checkPage(html, path, limits, () => undefined).problems;
    expect(at("/episodes/x/transcript/")).toEqual([]);
    expect(at("/episodes/x/")).toEqual([expect.stringMatching(/over the budget of 20 KB$/)]);
  });
});

describe("the JavaScript a page runs", () => {
  it("finds the local modules a built script imports, statically and dynamically", () => {
    const code = `import{a as b}from"./chunk.js";import"/_astro/side.js";export*from"../x.js";const m=import("./lazy.js");import("https://cdn.example.net/x.js");const s="import x from 'y'"`;
    expect(moduleImports(code)).toEqual(["./chunk.js", "/_astro/side.js", "../x.js", "./lazy.js"]);
  });

  it("counts every module once, following imports from each script the page loads", () => {
    const files: Record<string, string> = {
      "/_astro/router.js": 'import"./shared.js";',
      "/_astro/player.js": 'import{x}from"./shared.js";import("./lazy.js")',
      "/_astro/shared.js": "export const x=1",
      "/_astro/lazy.js": 'import"./router.js"',
    };
    expect(scriptClosure(["/_astro/router.js", "/_astro/player.js"], (path) => files[path]).sort()).toEqual([
      "/_astro/lazy.js",
      "/_astro/player.js",
      "/_astro/router.js",
      "/_astro/shared.js",
    ]);
  });
});
