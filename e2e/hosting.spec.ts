import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { headersFor, readHeaders } from "../src/hosting/headers.ts";

// `npm run preview` serves dist/ as Netlify and Cloudflare Pages would, from the files the build
// wrote for them: what a podcast app or a browser gets here is what it gets there.
const rules = readHeaders(readFileSync("dist/_headers", "utf8"));
const asset = readFileSync("dist/index.html", "utf8").match(/\/_astro\/[\w.-]+\.(js|css|webp)/)![0];

test.describe("the files podcast apps fetch", () => {
  for (const [what, path, type] of [
    ["the feed", "/rss.xml", "application/rss+xml; charset=utf-8"],
    ["a chapters file", "/episodes/s01e02-recording-at-home/chapters.json", "application/json; charset=utf-8"],
    ["a transcript", "/episodes/s01e02-recording-at-home/transcript.vtt", "text/vtt; charset=utf-8"],
    [
      "an SRT transcript",
      "/episodes/s01e02-recording-at-home/transcript/transcript.srt",
      "application/x-subrip; charset=utf-8",
    ],
  ]) {
    test(`${what} answers with the headers the file says: its type, CORS for web apps, short caching`, async ({
      request,
    }) => {
      const response = await request.get(path, { headers: { Origin: "https://app.example" } });
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"]).toBe(type);
      expect(headers["access-control-allow-origin"]).toBe("*");
      expect(headers["cache-control"]).toBe("public, max-age=300, must-revalidate");
      for (const [name, value] of Object.entries(headersFor(rules, path)))
        expect(headers[name.toLowerCase()]).toBe(value);
    });
  }
});

test("a hashed asset is kept a year and never asked for again; a page is asked again each visit", async ({
  request,
}) => {
  const headers = (await request.get(asset)).headers();
  expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(headers["access-control-allow-origin"]).toBeUndefined();
  for (const [name, value] of Object.entries(headersFor(rules, asset))) expect(headers[name.toLowerCase()]).toBe(value);

  const page = (await request.get("/episodes/s01e06-sentry/")).headers();
  expect(page["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect(page["x-content-type-options"]).toBe("nosniff");
  expect(page["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("an episode's old URL answers 301 with its page as Location, and so do the feed's old addresses", async ({
  request,
}) => {
  for (const [from, to] of [
    ["/trailer/", "/episodes/s01e00-trailer/"],
    ["/podcast/s01e01-hello-world/", "/episodes/s01e01-hello-world/"],
    ["/feed/", "/rss.xml"],
    ["/podcast.xml", "/rss.xml"],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(response.headers().location, from).toBe(to);
  }
  const followed = await request.get("/trailer/");
  expect(new URL(followed.url()).pathname).toBe("/episodes/s01e00-trailer/");
});

test("audio answers HEAD with its length, and a byte range with 206, as seeking needs", async ({ request }) => {
  const path = "/episodes/s01e02-recording-at-home/episode.mp3";
  const whole = readFileSync(`dist${path}`);
  const head = await request.head(path);
  expect(head.status()).toBe(200);
  expect(Number(head.headers()["content-length"])).toBe(whole.length);
  expect(head.headers()["accept-ranges"]).toBe("bytes");
  expect(head.headers()["content-type"]).toBe("audio/mpeg");

  const range = await request.get(path, { headers: { Range: "bytes=1000-1999" } });
  expect(range.status()).toBe(206);
  expect(range.headers()["content-range"]).toBe(`bytes 1000-1999/${whole.length}`);
  expect(Buffer.from(await range.body()).equals(whole.subarray(1000, 2000))).toBe(true);

  const rest = await request.get(path, { headers: { Range: `bytes=${whole.length - 10}-` } });
  expect(rest.status()).toBe(206);
  expect((await rest.body()).length).toBe(10);
});

test("the files for the host are not served, and a missing page gets the 404 page", async ({ request }) => {
  for (const path of ["/_headers", "/_redirects", "/no-such-page/"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toContain("<html");
  }
});

test("pages, the feed and transcripts are sent compressed, as hosts send them; audio is sent as it is", async ({
  request,
}) => {
  for (const path of ["/", "/rss.xml", "/episodes/s01e02-recording-at-home/transcript.vtt"]) {
    const brotli = await request.get(path, { headers: { "Accept-Encoding": "br, gzip" } });
    expect(brotli.headers()["content-encoding"], path).toBe("br");
    expect(brotli.headers().vary, path).toMatch(/Accept-Encoding/i);
    const gzip = await request.get(path, { headers: { "Accept-Encoding": "gzip" } });
    expect(gzip.headers()["content-encoding"], path).toBe("gzip");
    // The request context undoes the encoding: what arrives is the file.
    expect((await gzip.body()).equals(readFileSync(`dist${path.endsWith("/") ? `${path}index.html` : path}`))).toBe(
      true,
    );
  }
  const audio = await request.get("/episodes/s01e02-recording-at-home/episode.mp3", {
    headers: { "Accept-Encoding": "br, gzip" },
  });
  expect(audio.headers()["content-encoding"]).toBeUndefined();
});
