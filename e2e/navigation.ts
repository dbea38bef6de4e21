import { expect, test } from "@playwright/test";

/**
 * How a listener moves through the site, for a site whose home page is `site` (an absolute URL
 * ending in `/`). Pages are opened by paths relative to the test's `baseURL`, so that the same tests
 * run against a site served at the root and one served under a sub-path (integration/base-path.spec.ts).
 */
export function navigationTests(site: string) {
  test("home shows the show and its latest episodes, newest first", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo Cast");
    await expect(page.getByText("A demo show for this podcast site")).toBeVisible();
    await expect(page.locator(".featured h3")).toHaveText("Components in Show Notes");
    const titles = page.locator(".episode-card h3");
    await expect(titles).toHaveText(["Sentry", "Recording at Home", "Hello, World", "Welcome to Demo Cast"]);
    const sentry = page.locator(".episode-card", { has: page.getByRole("link", { name: "Sentry" }) });
    await expect(sentry).toContainText("Arpad Borsos");
    await expect(sentry).toContainText("Senior Native Platform Engineer");
    await expect(sentry).toContainText("S01 E06");
    await expect(sentry).toContainText("Feb 22, 2024");
    await expect(sentry).toContainText("In this episode, we talk to Arpad Borsos");
  });

  test("a listener clicks from home to an episode, its season and the season index", async ({ page }) => {
    await page.goto("./");
    await page.getByRole("link", { name: "Sentry" }).click();
    await expect(page).toHaveURL(/\/episodes\/s01e06-sentry\/$/);
    await page.getByRole("link", { name: /All of season 1/i }).click();
    await expect(page).toHaveURL(/\/seasons\/1\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Season 1: Foundations");
    await expect(page.locator(".episode-card h2")).toHaveText([
      "Welcome to Demo Cast",
      "Hello, World",
      "Recording at Home",
      "Sentry",
    ]);
    await page.getByRole("link", { name: "All seasons" }).click();
    await expect(page).toHaveURL(/\/seasons\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seasons");
  });

  test("the season index counts each season's published episodes", async ({ page }) => {
    await page.goto("seasons/");
    const cards = page.locator(".season-card");
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText("Season 1: Foundations");
    await expect(cards.nth(0).locator(".count")).toHaveText("4 episodes");
    await expect(cards.nth(0)).toContainText("Jan 4, 2024 to Feb 22, 2024");
    await expect(cards.nth(1)).toContainText("Season 2: Tools of the Trade");
    await expect(cards.nth(1).locator(".count")).toHaveText("1 episode");
  });

  test("the episode list pages through all episodes", async ({ page }) => {
    await page.goto("episodes/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All episodes");
    await expect(page.locator(".episode-card")).toHaveCount(5);
  });

  for (const alias of ["p/s01e01", "p/s01e01/", "podcast/s01e01-hello-world/"]) {
    test(`the old URL ${alias} redirects to the episode`, async ({ page }) => {
      const response = await page.request.get(alias);
      const html = await response.text();
      expect(html).toContain(`<link rel="canonical" href="${site}episodes/s01e01-hello-world/">`);
      await page.goto(alias);
      await expect(page).toHaveURL(/\/episodes\/s01e01-hello-world\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, World");
    });
  }

  test("a missing page answers with the 404 page", async ({ page }) => {
    const response = await page.goto("no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test.describe("drafts and scheduled episodes appear nowhere", () => {
    const hidden = [
      { slug: "s02e02-unreleased-draft", title: "Draft Episode Nobody Should See", guest: "Hidden Draft Guest" },
      { slug: "s02e03-scheduled", title: "Scheduled for the Future", guest: "Future Guest" },
    ];

    for (const path of ["./", "episodes/", "seasons/", "seasons/2/", "episodes/s02e01-mdx-components/"]) {
      test(`not on ${path}`, async ({ page }) => {
        await page.goto(path);
        for (const { title, guest } of hidden) {
          await expect(page.getByText(title)).toHaveCount(0);
          await expect(page.getByText(guest)).toHaveCount(0);
        }
      });
    }

    test("no page of their own, no feed item, no sitemap entry", async ({ request }) => {
      for (const { slug, title } of hidden) {
        expect((await request.get(`episodes/${slug}/`)).status()).toBe(404);
        expect(await (await request.get("rss.xml")).text()).not.toContain(title);
        expect(await (await request.get("sitemap-0.xml")).text()).not.toContain(slug);
      }
    });
  });

  test("the sitemap lists the pages but not the alias redirects", async ({ request }) => {
    const sitemap = await (await request.get("sitemap-0.xml")).text();
    expect(sitemap).toContain(`${site}episodes/s01e06-sentry/`);
    expect(sitemap).toContain(`${site}seasons/1/`);
    expect(sitemap).not.toContain("/p/s01e01");
  });
}
