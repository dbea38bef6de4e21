import { expect, test } from "@playwright/test";
import { parseFeed } from "podcast-partytime";
import { navigationTests } from "../e2e/navigation.ts";
import { servedCopy } from "./served.ts";

// A GitHub Pages project site: the whole site lives under /show/ of its host.
const SITE = "https://podcast.example.com/show/";
const port = Number(process.env.E2E_PORT ?? 4329) + 2;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: `http://127.0.0.1:${port}/show/` });

const site = servedCopy(port, (copy) => {
  const config = copy.read("src/show.config.ts");
  copy.write("src/show.config.ts", config.replace(/site: "[^"]+"/, `site: "${SITE}"`));
});

test("every link, anchor and asset of the built site resolves under the sub-path", async () => {
  test.setTimeout(120_000);
  const links = await site().run(["test:links"]);
  expect(links.code, links.output).toBe(0);
  expect(links.output).toMatch(/Links: \d+ internal links, anchors and assets checked, none broken/);
});

test("the feed points under the sub-path: self link, items, enclosures and chapters", async ({ request }) => {
  const xml = await (await request.get("rss.xml")).text();
  const feed = parseFeed(xml)!;
  expect(xml).toContain(`<atom:link href="${SITE}rss.xml" rel="self"`);
  expect(feed.link).toBe(SITE);
  const local = feed.items.find((item) => item.enclosure?.url.includes("/audio/"))!;
  expect(local.enclosure!.url).toMatch(/^https:\/\/podcast\.example\.com\/show\/(audio|episodes)\//);
  for (const item of feed.items) expect(item.link).toMatch(/^https:\/\/podcast\.example\.com\/show\/episodes\//);
  const chapters = [...xml.matchAll(/<podcast:chapters url="([^"]+)"/g)].map((m) => m[1]);
  expect(chapters.length).toBeGreaterThan(0);
  for (const url of chapters) {
    expect(url).toMatch(/^https:\/\/podcast\.example\.com\/show\/episodes\/[^/]+\/chapters\.json$/);
    const response = await request.get(new URL(url).pathname.replace(/^\/show\//, ""));
    expect(response.status()).toBe(200);
  }
});

test("the hosts' files work under the sub-path: an alias answers 301, the feed has its headers", async ({
  request,
}) => {
  const alias = await request.get("p/s01e01/", { maxRedirects: 0 });
  expect(alias.status()).toBe(301);
  expect(alias.headers().location).toBe("/show/episodes/s01e01-hello-world/");
  const feed = await request.get("rss.xml");
  expect(feed.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  expect(feed.headers()["access-control-allow-origin"]).toBe("*");
  expect((await request.get("/rss.xml")).status()).toBe(404);
});

navigationTests(SITE);
