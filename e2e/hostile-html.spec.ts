import { readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { expect, test } from "@playwright/test";
import { parseRssFeed } from "feedsmith";
import { type Run, Scratch } from "../integration/scratch.ts";

// The worst show notes that the content check lets through: tags left open, comments inside
// comments, hostile shortcode arguments and link titles, text that looks like code, an iframe
// of an allowed host. Built in a copy of the site and loaded in Chromium from its own origin,
// the page must open no dialog, navigate nowhere, and still end with its footer.

const FIXTURE = "integration/fixtures/hostile-html/kept/s09e20-tricky-but-allowed.md";
const EPISODE = "src/content/episodes/s09e20-tricky-but-allowed.md";
const ORIGIN = "http://hostile.test";
const EMBED_HOST = "www.youtube-nocookie.com";
const TYPES: Record<string, string> = { ".html": "text/html", ".png": "image/png", ".xml": "application/xml" };

test.describe("show notes that the check keeps", () => {
  let site: Scratch;
  let build: Run;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    site = new Scratch();
    site.write(EPISODE, readFileSync(FIXTURE));
    const config = site.read("src/show.config.ts");
    site.write(
      "src/show.config.ts",
      config.replace("latestOnHome: 10,", `latestOnHome: 10,\n  allowEmbeds: ["${EMBED_HOST}"],`),
    );
    build = await site.run(["build"]);
  });
  test.afterAll(() => site.dispose());

  test("build", () => {
    expect(build.output).not.toMatch(/problem/);
    expect(build.code).toBe(0);
  });

  test("the page opens no dialog, navigates nowhere and ends with its footer", async ({ page }) => {
    const dialogs: string[] = [];
    const navigations: string[] = [];
    const elsewhere: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    // The built site, served from its own origin; nothing from anywhere else is loaded.
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) {
        elsewhere.push(url.host);
        return route.abort();
      }
      let file = site.path(join("dist", decodeURIComponent(url.pathname)));
      if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, "index.html");
      if (!statSync(file, { throwIfNoEntry: false })) return route.fulfill({ status: 404 });
      return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? "text/plain" });
    });

    const url = `${ORIGIN}/episodes/s09e20-tricky-but-allowed/`;
    await page.goto(url);
    // Every handler a hostile argument could have planted fires on a real pointer.
    for (const target of await page.locator("main a, main img, main span, main figure").all()) {
      await target.hover({ force: true, timeout: 1_000 }).catch(() => {});
    }
    await page.waitForTimeout(1_500);

    expect(dialogs).toEqual([]);
    expect(navigations).toEqual([url]);
    expect(new Set(elsewhere)).toEqual(new Set(elsewhere.length ? [EMBED_HOST] : []));
    const footer = page.getByRole("contentinfo");
    await expect(footer).toBeVisible();
    // The link and the bold left open end with the notes instead of taking the rest of the page.
    await expect(footer.locator("a[href='https://example.com/left-open'], b")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /left open/ })).toHaveCount(1);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll("*")].flatMap((e) =>
          [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName} ${a.name}`),
        ),
      ),
    ).toEqual([]);
    await expect(page.locator(".notes script")).toHaveCount(0);
    // What looked like code is shown as text.
    await expect(page.locator("main")).toContainText(`<script>alert("code span")</script>`);
    await expect(page.locator("main")).toContainText(`<script>alert(2)</script>`);
    await expect(page.locator("main")).toContainText(`<script>alert('figure')</script>`);
    const iframe = page.locator(`iframe[src^="https://${EMBED_HOST}/"]`);
    await expect(iframe).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-popups");
    await expect(iframe).toHaveAttribute("loading", "lazy");
  });

  test("the feed carries the same sanitized notes", async ({ page }) => {
    const item = parseRssFeed(site.read("dist/rss.xml")).items!.find((i) => i.title === "Tricky but allowed")!;
    const html = item.content!.encoded!;
    expect(html).toContain("bold left open too.</b></a></p>");
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups" loading="lazy"');
    // Read as a feed reader's browser view reads it.
    await page.setContent(html);
    await expect(page.locator("script, [onerror], [onmouseover], [sandbox*='top-navigation']")).toHaveCount(0);
    await expect(page.locator("figcaption")).toHaveText("<script>alert('figure')</script>");
  });
});
