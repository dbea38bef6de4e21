import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";

const dist = join(import.meta.dirname, "..", "dist");

/** The subscribe links of src/show.config.ts, read from its text (the config imports JSON Playwright cannot load). */
const config = readFileSync(join(import.meta.dirname, "..", "src", "show.config.ts"), "utf8");
const subscribe = [
  .../subscribe: \[([\s\S]*?)\n {2}\]/.exec(config)![1].matchAll(/\{ name: "([^"]+)", url: "([^"]+)" \}/g),
].map(([, name, url]) => ({ name, url }));

async function search(page: Page, term: string) {
  await page.goto("/search/");
  await page.getByLabel("Search the episodes").fill(term);
  await expect(page.getByRole("status")).toContainText(/found/);
  return page.locator(".search-result");
}

test.describe("search", () => {
  test("typing a guest's name finds their episode, with its label, guests and an excerpt", async ({ page }) => {
    const results = await search(page, "Max Sample");
    await expect(results).toHaveCount(1);
    await expect(results.getByRole("link")).toHaveText("Components in Show Notes");
    await expect(results.getByRole("link")).toHaveAttribute("href", "/episodes/s02e01-mdx-components/");
    await expect(results.locator(".label")).toHaveText("S02 E01");
    await expect(results.locator(".guests li")).toHaveText(["Max Sample", "Grace Démo"]);
    await expect(results.locator("mark").first()).toBeVisible();
    test.slow(); // axe twice
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await new AxeBuilder({ page }).analyze()).violations, scheme).toEqual([]);
    }
  });

  test("a word only the demo transcript holds finds it, and the hit opens the episode at that moment", async ({
    page,
  }) => {
    const results = await search(page, "soak");
    await expect(results).toHaveCount(1);
    const link = results.getByRole("link");
    await expect(link).toHaveText("Recording at Home");
    await expect(link).toHaveAttribute("href", "/episodes/s01e02-recording-at-home/?t=20");
    await link.click();
    await expect(page).toHaveURL(/\/episodes\/s01e02-recording-at-home\/\?t=20$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recording at Home");
  });

  test("finds no draft, nor any list page", async ({ page }) => {
    await search(page, "zanzibarite");
    await expect(page.getByRole("status")).toHaveText("No episode found for “zanzibarite”.");
    const results = await search(page, "episodes");
    for (const href of await results.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href"))))
      expect(href).toMatch(/^\/episodes\/s\d\de\d\d-[\w-]+\/(\?t=\d+)?$/);
  });

  test("finds nothing by what only a hit's card holds: addresses, file types, the play button's fields", async ({
    page,
  }) => {
    // Words of the cards' data, which every published episode with art and audio has.
    for (const term of ["https", "guid", "mp3"]) {
      await search(page, term);
      await expect(page.getByRole("status")).toHaveText(`No episode found for “${term}”.`);
    }
  });

  test("loads the index only once a visitor searches, and opens results from the header box", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto("/");
    await page.goto("/search/");
    expect(fetched.filter((path) => path.startsWith("/pagefind/"))).toEqual([]);
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search episodes" });
    await box.fill("Arpad");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=Arpad$/);
    await expect(page.locator(".search-result").getByRole("link")).toHaveText("Sentry");
    expect(fetched.some((path) => path.startsWith("/pagefind/"))).toBe(true);
  });
});

test.describe("the search page", () => {
  test("has a box of at least 16 px text, and each hit is an episode card with art, a link, a play button and an excerpt", async ({
    page,
  }) => {
    const results = await search(page, "microphone");
    const box = page.getByLabel("Search the episodes");
    expect(parseFloat(await box.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    await expect(page.getByRole("status")).toHaveText("1 episode found for “microphone”.");
    await expect(results).toHaveCount(1);
    const hit = results.first();
    await expect(hit.locator("img")).toBeVisible();
    expect(await hit.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(hit.getByRole("link", { name: "Recording at Home" })).toHaveAttribute("href", /^\/episodes\/s01e02/);
    await expect(hit.getByRole("button", { name: "Play Recording at Home" })).toBeVisible();
    await expect(hit.locator("time").first()).toHaveText("Jan 25, 2024");
    // The excerpt is the episode's text, not the title, label and guests the card shows above it.
    const excerpt = hit.locator(".summary");
    await expect(excerpt).not.toContainText("S01 E02");
    await expect(excerpt.locator("mark")).toHaveText(["microphone,"]);
    // The match is tinted with the accent, not the browser's yellow.
    const mark = await excerpt.locator("mark").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(mark).not.toBe("rgb(255, 255, 0)");
    // Its play button plays the episode in the bar, without leaving the page.
    await hit.getByRole("button", { name: "Play Recording at Home" }).click();
    const bar = page.getByRole("complementary", { name: "Now playing" });
    await expect(bar).toContainText("Recording at Home");
    await expect(hit.getByRole("button", { name: "Pause Recording at Home" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("main").getByRole("link", { name: "Recording at Home" }).click();
    await expect(page).toHaveURL(/\/episodes\/s01e02-recording-at-home\/\?t=8$/);
  });

  test("before a search, and when one finds nothing, offers the latest episodes and the guests", async ({ page }) => {
    await page.goto("/search/");
    const start = page.locator("[data-search-start]");
    await expect(start.getByRole("heading", { name: "Latest episodes" })).toBeVisible();
    await expect(start.locator(".episode-card")).toHaveCount(4);
    await expect(start.getByRole("heading", { name: "Guests" })).toBeVisible();
    await expect(start.getByRole("link", { name: "Grace Démo" })).toHaveAttribute("href", "/guests/grace-demo/");
    await search(page, "Arpad");
    await expect(start).toBeHidden();
    await search(page, "zanzibarite");
    await expect(start).toBeVisible();
  });

  test("/ takes the keyboard to the search box, on the search page and from any other", async ({ page }) => {
    await page.goto("/search/");
    await page.keyboard.press("/");
    await expect(page.getByLabel("Search the episodes")).toBeFocused();
    await page.goto("/seasons/");
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "Search episodes" })).toBeFocused();
    await page.keyboard.type("Sentry/");
    await expect(page.getByRole("searchbox", { name: "Search episodes" })).toHaveValue("Sentry/");
  });
});

test("the guests are a grid of cards, each with the guest's initials or photo, name, role and episodes", async ({
  page,
}) => {
  await page.goto("/guests/");
  const cards = page.locator(".guest-card");
  await expect(cards).toHaveCount(5);
  const grace = cards.filter({ hasText: "Grace Démo" });
  await expect(grace.locator(".avatar")).toHaveAttribute("data-initials", "GD");
  await expect(grace).toContainText("Compiler Engineer");
  await expect(grace).toContainText("2 episodes");
  const boxes = await cards.evaluateAll((all) => all.map((card) => card.getBoundingClientRect().top));
  expect(boxes[0]).toBe(boxes[1]);
});

test("tags are chips: with their number of episodes on the tag index, by name on an episode", async ({ page }) => {
  for (const [path, name] of [
    ["/tags/", /^demo ?4 episodes$/],
    ["/episodes/s01e02-recording-at-home/", /^demo$/],
  ] as const) {
    await page.goto(path);
    const demo = page.locator(".tags").getByRole("link", { name });
    await expect(demo).toHaveAttribute("href", "/tags/demo/");
    const radius = await demo.evaluate((el) => parseFloat(getComputedStyle(el).borderTopLeftRadius));
    expect(radius, path).toBeGreaterThan(10);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search is a plain link to the search page, and the RSS entry a link to the feed", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Search" })).toHaveAttribute("href", "/search/");
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    await expect(page.locator(".subscribe").getByRole("link", { name: "RSS" })).toHaveAttribute("href", "/rss.xml");
  });
});

test("a guest page lists exactly that guest's episodes, merged across spellings", async ({ page }) => {
  await page.goto("/guests/");
  await expect(page.getByRole("link", { name: /^Grace D[eé]mo$/ })).toHaveCount(1);
  await page.getByRole("link", { name: "Grace Démo" }).click();
  await expect(page).toHaveURL(/\/guests\/grace-demo\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grace Démo");
  await expect(page.locator(".episode-card h3")).toHaveText(["Components in Show Notes", "Hello, World"]);
});

test("an episode page links its guests, whose page shows the profile from the guests collection", async ({ page }) => {
  await page.goto("/episodes/s01e02-recording-at-home/");
  await page.locator(".guests").getByRole("link", { name: "Lin Example" }).click();
  await expect(page).toHaveURL(/\/guests\/lin-example\/$/);
  await expect(page.getByText("Lin Example records, edits and mixes podcasts")).toBeVisible();
  await expect(page.locator(".episode-card h3")).toHaveText(["Recording at Home"]);
});

test("a draft is on no guest or tag page", async ({ page, request }) => {
  for (const path of ["/guests/", "/guests/lin-example/", "/tags/", "/tags/audio/"]) {
    await page.goto(path);
    await expect(page.getByText("Draft Episode Nobody Should See")).toHaveCount(0);
    await expect(page.getByText("Hidden Draft Guest")).toHaveCount(0);
  }
  expect((await request.get("/guests/hidden-draft-guest/")).status()).toBe(404);
  expect((await request.get("/tags/unreleased/")).status()).toBe(404);
});

test("an episode's tags link to the tag page, which lists its episodes", async ({ page }) => {
  await page.goto("/episodes/s01e02-recording-at-home/");
  await page
    .locator(".tags")
    .getByRole("link", { name: /^audio$/i })
    .click();
  await expect(page).toHaveURL(/\/tags\/audio\/$/);
  await expect(page.locator(".episode-card h2")).toHaveText(["Recording at Home"]);
});

test("the subscribe links come from the show config, then the feed", async ({ page }) => {
  expect(subscribe.length).toBeGreaterThan(3);
  for (const path of ["/", "/episodes/s01e06-sentry/", "/subscribe/"]) {
    await page.goto(path);
    const links = page.locator(".subscribe a");
    await expect(links).toHaveText([...subscribe.map((s) => s.name), "RSS"]);
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))).toEqual([
      ...subscribe.map((s) => s.url),
      "/rss.xml",
    ]);
    await expect(links.first().locator("svg")).toHaveCount(1);
  }
});

test("the RSS entry copies the feed URL with JavaScript", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.locator(".subscribe").getByRole("link", { name: "RSS" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("[data-copy-status]")).toContainText("Feed URL copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("https://podcast.example.com/rss.xml");
});

test("every episode page has an og:image whose file exists at 1200×630", async () => {
  const pages = readdirSync(join(dist, "episodes"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^s\d+e\d+/.test(entry.name))
    .map((entry) => join(dist, "episodes", entry.name, "index.html"));
  expect(pages.length).toBeGreaterThanOrEqual(5);
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, file).toMatch(/^https:\/\/podcast\.example\.com\/cards\/[\w-]+\.png$/);
    const meta = await sharp(join(dist, new URL(image!).pathname)).metadata();
    expect([meta.format, meta.width, meta.height], image).toEqual(["png", 1200, 630]);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/podcast\.example\.com\/episodes\/[\w-]+\/">/);
    expect(html).toMatch(/<meta name="description" content="[^"]+">/);
  }
  const withAudio = readFileSync(join(dist, "episodes/s01e02-recording-at-home/index.html"), "utf8");
  expect(withAudio).toContain(
    '<meta property="og:audio" content="https://podcast.example.com/episodes/s01e02-recording-at-home/episode.mp3">',
  );
});

test("the JSON-LD parses and names the episode, and the home page's names the series", async ({ page }) => {
  await page.goto("/episodes/s01e06-sentry/");
  const episode = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(episode).toMatchObject({
    "@type": "PodcastEpisode",
    name: "Sentry",
    url: "https://podcast.example.com/episodes/s01e06-sentry/",
    datePublished: "2024-02-22",
    episodeNumber: 6,
    partOfSeason: { seasonNumber: 1 },
    partOfSeries: { "@type": "PodcastSeries", name: "Demo Cast" },
    guest: [{ "@type": "Person", name: "Arpad Borsos" }],
  });
  await page.goto("/");
  const series = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(series).toMatchObject({ "@type": "PodcastSeries", name: "Demo Cast" });
});

test("robots.txt, the manifest, the icons and the about page", async ({ page, request }) => {
  expect(await (await request.get("/robots.txt")).text()).toContain(
    "Sitemap: https://podcast.example.com/sitemap-index.xml",
  );
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Demo Cast", start_url: "/" });
  for (const icon of manifest.icons) {
    const meta = await sharp(Buffer.from(await (await request.get(icon.src)).body())).metadata();
    expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
  }
  await page.goto("/");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/icons/32.png");
  await page.getByRole("link", { name: "About the show" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About Demo Cast");
});
