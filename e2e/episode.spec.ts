import { expect, test } from "@playwright/test";

test.describe("the seed episode page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/episodes/s01e06-sentry/");
  });

  test("shows the title, guest, role, number and date", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sentry");
    const header = page.locator("article.episode header");
    await expect(header).toContainText("Arpad Borsos");
    await expect(header).toContainText("Senior Native Platform Engineer");
    await expect(header).toContainText("S01 E06");
    await expect(header.locator('time[datetime="2024-02-22"]')).toHaveText("Feb 22, 2024");
    await expect(page).toHaveTitle("Sentry · Demo Cast");
  });

  test("shows the full show notes with their links", async ({ page }) => {
    const notes = page.getByRole("region", { name: "Show notes" });
    await expect(notes.getByRole("heading", { name: "Show Notes" })).toBeVisible();
    await expect(notes).toContainText("How do you know your application is working as expected?");
    await expect(notes.getByRole("link", { name: "Tokio Async Runtime" })).toHaveAttribute("href", "https://tokio.rs/");
    await expect(notes.getByRole("heading", { name: "Official Links" })).toBeVisible();
  });

  test("says plainly that its audio is not yet available", async ({ page }) => {
    await expect(page.locator("main audio")).toHaveCount(0);
    await expect(page.getByText("is not yet available")).toBeVisible();
  });

  test("links to the previous episode and to its season", async ({ page }) => {
    const nav = page.getByRole("navigation", { name: "More episodes" });
    await expect(nav.getByRole("link", { name: /Previous: Recording at Home/ })).toBeVisible();
    await expect(nav.getByRole("link", { name: /Next: Components in Show Notes/ })).toBeVisible();
    await expect(nav.getByRole("link", { name: /All of season 1/i })).toHaveAttribute("href", "/seasons/1/");
  });

  test("announces the feed in the page head", async ({ page }) => {
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      "https://podcast.example.com/rss.xml",
    );
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an episode with audio has a native player that needs no script, and a download link", async ({ page }) => {
    await page.goto("/episodes/s01e02-recording-at-home/");
    const audio = page.getByRole("region", { name: "Listen" }).locator("audio");
    await expect(audio).toHaveAttribute("controls", "");
    await expect(audio).toHaveAttribute("preload", "none");
    const src = await audio.getAttribute("src");
    expect(src).toBe("/episodes/s01e02-recording-at-home/episode.mp3");
    const download = page.getByRole("link", { name: "Download the episode" });
    await expect(download).toHaveAttribute("href", src!);
    const response = await page.request.get(src!);
    expect(response.ok()).toBe(true);
    expect((await response.body()).length).toBeGreaterThan(1000);
    // The player is in the page as served, not put there by a script.
    const html = await (await page.request.get("/episodes/s01e02-recording-at-home/")).text();
    expect(html).toMatch(/<audio controls[^>]* src="\/episodes\/s01e02-recording-at-home\/episode\.mp3"/);
    await expect(page.locator("article.episode header time").nth(1)).toHaveText("57 s");
  });

  test("an episode with chapters lists them with their start times", async ({ page }) => {
    await page.goto("/episodes/s01e02-recording-at-home/");
    const chapters = page.getByRole("region", { name: "Chapters" }).getByRole("listitem");
    await expect(chapters).toHaveText([
      "0:00 Intro",
      "0:16 The room",
      "0:29 The microphone",
      "0:40 Two voices",
      "0:50 Outro",
    ]);
    await expect(chapters.nth(1).locator("time")).toHaveAttribute("datetime", "PT16S");
  });
});

test("guests of a page bundle are listed with their roles", async ({ page }) => {
  await page.goto("/episodes/s01e02-recording-at-home/");
  const guests = page.locator("article.episode .guests");
  await expect(guests).toContainText("Lin Example, Audio Engineer");
  await expect(guests).toContainText("Sam Placeholder, Producer");
});

test("an MDX episode renders its component", async ({ page }) => {
  await page.goto("/episodes/s02e01-mdx-components/");
  await expect(page.locator("aside.callout")).toContainText("This callout is an Astro component");
});
