import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { expect, type Page, test } from "@playwright/test";

/** One page of every kind the build makes (alias pages only redirect, so they are left out). */
function pageKinds(): string[] {
  const dist = join(import.meta.dirname, "..", "dist");
  const kinds = new Map<string, string>([["404", "/no-such-page/"]]);
  for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" }).sort()) {
    if (!file.endsWith("index.html")) continue;
    const path = `/${file
      .split(sep)
      .join("/")
      .replace(/index\.html$/, "")}`;
    const parts = path.split("/").filter(Boolean);
    const kind = [parts[0] ?? "home", ...parts.slice(1).map(() => "*")].join("/");
    if (kinds.has(kind) || readFileSync(join(dist, file), "utf8").includes('http-equiv="refresh"')) continue;
    kinds.set(kind, path);
  }
  return [...kinds.values(), "/episodes/s01e06-sentry/", "/episodes/s02e01-mdx-components/"];
}

const darkBackground = async (page: Page) => {
  const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = rgb.match(/[\d.]+/g)!.map(Number);
  return (r + g + b) / 3 < 80;
};

/** Widths from a small phone to a large screen, each where the layout changes or near it. */
const WIDTHS = [320, 390, 600, 768, 1024, 1152, 1280, 1440, 1920];

for (const path of pageKinds()) {
  test(`${path} does not scroll sideways from 320 to 1920 px, and its title stands clear of the header`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const { scroll, client, gap } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        gap:
          document.querySelector("main h1")!.getBoundingClientRect().top -
          document.querySelector(".site-header")!.getBoundingClientRect().bottom,
      }));
      expect(scroll, `${width} px`).toBeLessThanOrEqual(client);
      expect(gap, `${width} px: from the header to the title`).toBeGreaterThanOrEqual(32);
    }
  });
}

test.describe("on a phone, 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled });

      test("the header is at most two rows and 120 px, on the content's gutter, and its menu leads to Guests, Tags, About and Subscribe", async ({
        page,
      }) => {
        await page.goto("/episodes/s01e06-sentry/");
        const header = page.locator(".site-header");
        const height = (await header.boundingBox())!.height;
        expect(height).toBeLessThanOrEqual(120);
        // Every control of the header sits on one of two rows, 16 px in from the screen's edges.
        const boxes = await header
          .locator("a, summary, input")
          .filter({ visible: true })
          .evaluateAll((all) => all.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
        expect(new Set(boxes.map((box) => Math.round(box.top / 10))).size).toBeLessThanOrEqual(2);
        expect(Math.min(...boxes.map((box) => box.left))).toBeGreaterThanOrEqual(16);
        expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(390 - 16);
        const main = (await page.locator("main h1").boundingBox())!;
        expect(main.x).toBe(16);
        for (const name of ["Guests", "Tags", "About", "Subscribe"]) {
          await expect(page.getByRole("banner").getByRole("link", { name, exact: true })).toBeHidden();
        }
        await header.locator("summary", { hasText: "Menu" }).click();
        for (const name of ["Guests", "Tags", "About", "Subscribe"]) {
          await expect(page.getByRole("banner").getByRole("link", { name, exact: true })).toBeVisible();
        }
        await page.getByRole("banner").getByRole("link", { name: "Guests", exact: true }).click();
        await expect(page).toHaveURL(/\/guests\/$/);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guests");
      });
    });
  }

  test("the subscribe buttons take at most three rows", async ({ page }) => {
    for (const path of ["/", "/episodes/s01e06-sentry/", "/subscribe/"]) {
      await page.goto(path);
      const tops = await page
        .locator(".subscribe a")
        .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(tops.length, path).toBeGreaterThan(5);
      expect(new Set(tops).size, path).toBeLessThanOrEqual(3);
    }
  });
});

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("primary controls are at least 44 by 44 px", async ({ page }) => {
    for (const path of ["/", "/episodes/s01e02-recording-at-home/"]) {
      await page.goto(path);
      const controls = page.locator(
        ".site-header nav a, .scheme button, .subscribe a, .play-button, .nav-card, .section-head a",
      );
      expect(await controls.count()).toBeGreaterThan(3);
      // What shows: the header's search link gives way to its box once scripts run.
      for (const control of await controls.filter({ visible: true }).all()) {
        const box = (await control.boundingBox())!;
        const name = await control.evaluate((el) => el.outerHTML.slice(0, 80));
        expect(box.width, name).toBeGreaterThanOrEqual(44);
        expect(box.height, name).toBeGreaterThanOrEqual(44);
      }
    }
  });
});

test("the hero shows the show's cover art, loaded first, as WebP", async ({ page }) => {
  await page.goto("/");
  const cover = page.locator(".hero img");
  await expect(cover).toBeVisible();
  await expect(cover).toHaveAttribute("alt", "Demo Cast cover art");
  await expect(cover).toHaveAttribute("fetchpriority", "high");
  await expect(cover).not.toHaveAttribute("loading", "lazy");
  const { natural, current } = await cover.evaluate((img: HTMLImageElement) => ({
    natural: img.naturalWidth,
    current: img.currentSrc,
  }));
  expect(natural).toBeGreaterThan(0);
  expect(current).toMatch(/\/_astro\/.+\.webp$/);
  // Every other image waits until it is near the viewport.
  const lazy = await page
    .locator("img:not(.hero img)")
    .evaluateAll((imgs) => imgs.map((img) => img.getAttribute("loading")));
  expect(lazy.length).toBeGreaterThan(3);
  expect(new Set(lazy)).toEqual(new Set(["lazy"]));
});

/**
 * Records the layout shifts of the page's own elements, for `shifted` to read; the insides of the
 * native audio control have no node here.
 */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifted: string[] = [];
    (window as unknown as { shifted: string[] }).shifted = shifted;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        const nodes = entry.sources.flatMap((source) => (source.node ? [source.node.nodeName] : []));
        if (nodes.length) shifted.push(`${nodes.join(" ")} by ${entry.value}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  // The show's font, when it comes late, may reflow text (its fallback's metrics depend on the
  // machine's fonts): kept out, so that what is measured is the layout.
  await page.route("**/_astro/fonts/**", (route) => route.abort());
}

const shifted = (page: Page) => page.evaluate(() => (window as unknown as { shifted: string[] }).shifted);

test("art does not shift the layout as it loads", async ({ page }) => {
  await recordShifts(page);
  for (const path of ["/", "/episodes/s01e02-recording-at-home/", "/seasons/"]) {
    await page.goto(path, { waitUntil: "networkidle" });
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    expect(await shifted(page), path).toEqual([]);
  }
});

test('the player\'s "Copy link" buttons take no room of their own, so the transcript does not move', async ({
  page,
}) => {
  await recordShifts(page);
  await page.goto("/episodes/s01e02-recording-at-home/transcript/", { waitUntil: "networkidle" });
  await expect(page.locator("[data-cue] .copy").first()).toBeAttached();
  // Each button shares the row of its cue's time, not a line of its own under the text.
  const rows = await page.locator("[data-cue]").evaluateAll((cues) =>
    cues.map((cue) => {
      const time = cue.querySelector("time")!.getBoundingClientRect();
      const copy = cue.querySelector(".copy")!.getBoundingClientRect();
      return copy.top < time.bottom && copy.bottom > time.top;
    }),
  );
  expect(rows.length).toBeGreaterThan(3);
  expect(new Set(rows)).toEqual(new Set([true]));
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(300);
  expect(await shifted(page)).toEqual([]);
});

test("a page is not painted half parsed, so its top does not move as the rest comes in", async ({ page }) => {
  await recordShifts(page);
  // A slow script in the page holds the parser there, as a slow device or network may at any
  // point: at the hero's text beside its art, at the player beside the episode's art, at the
  // header's last column.
  await page.route("**/stall.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.fulfill({ contentType: "text/javascript", body: "" });
  });
  const stalls = [
    { path: "/", before: '<p class="description"' },
    { path: "/episodes/s01e02-recording-at-home/", before: '<section class="player"' },
    { path: "/seasons/", before: '<div class="scheme"' },
  ];
  for (const { path, before } of stalls) {
    await page.route(
      (url) => url.pathname === path,
      async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        expect(html, path).toContain(before);
        await route.fulfill({ response, body: html.replace(before, `<script src="/stall.js"></script>${before}`) });
      },
    );
    await page.goto(path);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await shifted(page), path).toEqual([]);
  }
});

test("each card's link, then its play control, are reached by Tab, and nothing else in it", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator(".episode-card");
  expect(await cards.count()).toBeGreaterThan(2);
  let withPlay = 0;
  for (const card of await cards.all()) {
    const link = card.locator("a.card-link");
    // Back from an episode, the client router puts the home page in place again.
    await expect(link).toBeVisible();
    const focusable = card.locator("a, button, input, audio, [tabindex]");
    const play = card.locator(".play-button");
    await expect(focusable).toHaveCount((await play.count()) + 1);
    await link.focus();
    await expect(link).toBeFocused();
    if (await play.count()) {
      withPlay++;
      await expect(play).toHaveAccessibleName(`Play ${await link.textContent()}`);
      await page.keyboard.press("Tab");
      await expect(play).toBeFocused();
    }
    // The link covers the card: a click on its art opens the episode.
    const href = await link.getAttribute("href");
    await card.locator(".card-art").scrollIntoViewIfNeeded();
    const box = (await card.locator(".card-art").boundingBox())!;
    await page.mouse.click(box.x + 10, box.y + 10);
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await page.goBack();
    // The router's view transition takes the pointer until it ends.
    await expect(page.locator("html")).not.toHaveAttribute("data-astro-transition");
  }
  expect(withPlay).toBeGreaterThan(0);
});

test.describe("the colour scheme", () => {
  test.use({ colorScheme: "light" });

  test("follows the system until the reader picks one", async ({ page }) => {
    await page.goto("/");
    expect(await darkBackground(page)).toBe(false);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await darkBackground(page)).toBe(true);
    await expect(page.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
  });

  /** The scheme the page's root element had at its first frame, once that frame has come. */
  const firstFrame = (page: Page) => page.evaluate(() => sessionStorage.getItem("first-frame"));

  test("persists across a reload and a navigation, applied before the first paint", async ({ page }) => {
    // Before each page's first frame, note the scheme its root element has then. The note of the
    // page before is dropped at once, so that a reading is never one left from earlier.
    await page.addInitScript(() => {
      sessionStorage.removeItem("first-frame");
      requestAnimationFrame(() => {
        const root = document.documentElement;
        sessionStorage.setItem("first-frame", `${root.dataset.scheme ?? "none"} ${getComputedStyle(root).colorScheme}`);
      });
    });
    await page.goto("/");
    await page.getByRole("button", { name: "Dark" }).click();
    await expect(page.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
    expect(await darkBackground(page)).toBe(true);

    await page.reload();
    await expect.poll(() => firstFrame(page)).toBe("dark dark");
    expect(await darkBackground(page)).toBe(true);

    await page.getByRole("link", { name: "Seasons" }).first().click();
    await expect(page).toHaveURL(/\/seasons\/$/);
    await expect.poll(() => firstFrame(page)).toBe("dark dark");
    expect(await darkBackground(page)).toBe(true);
    await expect(page.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("button", { name: "Light" }).click();
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await darkBackground(page)).toBe(false);
    await page.getByRole("button", { name: "System" }).click();
    expect(await darkBackground(page)).toBe(true);
    await page.reload();
    await expect.poll(() => firstFrame(page)).toBe("none light dark");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, colorScheme: "dark" });

  test("the system's scheme applies, and no control is shown that would not work", async ({ page }) => {
    await page.goto("/");
    expect(await darkBackground(page)).toBe(true);
    for (const choice of await page.locator(".scheme").all()) await expect(choice).toBeHidden();
    await expect(page.locator(".play-button").first()).toBeHidden();
    await expect(page.locator(".hero img")).toBeVisible();
  });
});
