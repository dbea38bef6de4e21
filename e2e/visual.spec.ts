import { expect, type Page, test } from "@playwright/test";

/**
 * The look of every page kind, on a phone and a desktop, light and dark, compared with the
 * screenshots committed in e2e/screenshots/: a change of look fails here until it is re-recorded
 * with `npm run screenshots`, which also copies the README's picks to docs/screenshots/. The demo's
 * content is fixed (its one scheduled episode is dated 2099), so the pages do not change with the
 * day the site is built; the show's font comes from npm (@fontsource-variable/plus-jakarta-sans),
 * and a test below makes sure no text falls back to a font of the machine.
 */
export const KINDS = {
  home: "/",
  episode: "/episodes/s01e02-recording-at-home/",
  episodes: "/episodes/",
  seasons: "/seasons/",
  season: "/seasons/1/",
  guests: "/guests/",
  guest: "/guests/lin-example/",
  tags: "/tags/",
  tag: "/tags/demo/",
  search: "/search/?q=microphone",
  "search-empty": "/search/?q=zanzibarite",
  transcript: "/episodes/s01e02-recording-at-home/transcript/",
  subscribe: "/subscribe/",
  about: "/about/",
  "404": "/no-such-page/",
};

const DEVICES = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 860 } },
];

/** The page as it settles: every image loaded (lazy ones too, as a full-page shot shows them), fonts in, search done. */
async function settle(page: Page, path: string) {
  await page.goto(path);
  if (path.includes("?q=")) await expect(page.getByRole("status")).toContainText("found");
  await page.evaluate(async () => {
    const images = [...document.images];
    for (const image of images) image.loading = "eager";
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
}

for (const scheme of ["light", "dark"] as const) {
  for (const device of DEVICES) {
    test.describe(`${device.name}, ${scheme}`, () => {
      test.use({ viewport: device.viewport, colorScheme: scheme });

      test("the player bar looks as recorded", async ({ page }) => {
        await settle(page, "/");
        await page.getByRole("button", { name: "Play Recording at Home" }).click();
        const bar = page.getByRole("complementary", { name: "Now playing" });
        await expect(bar.getByRole("button", { name: "Pause" })).toBeVisible();
        await bar.getByRole("button", { name: "Pause" }).click();
        // Paused at a set moment, with its chapter and the art in, so that the shot does not move.
        await page.locator("#player-bar audio").evaluate(async (audio: HTMLAudioElement) => {
          audio.currentTime = 20;
          await new Promise((done) => audio.addEventListener("seeked", done, { once: true }));
        });
        await expect(bar.locator("[data-time]")).toHaveText("0:20");
        await bar.locator("img").evaluate((img: HTMLImageElement) => img.decode());
        if (device.name === "phone") await bar.getByRole("button", { name: "All controls" }).click();
        await page.mouse.move(0, 0);
        await expect(bar).toHaveScreenshot(`bar-${device.name}-${scheme}.png`, {
          animations: "disabled",
          scale: "css",
          threshold: 0.2,
          maxDiffPixels: 40,
        });
      });

      for (const [kind, path] of Object.entries(KINDS)) {
        test(`${kind} looks as recorded`, async ({ page }) => {
          await settle(page, path);
          await expect(page).toHaveScreenshot(`${kind}-${device.name}-${scheme}.png`, {
            fullPage: true,
            animations: "disabled",
            caret: "hide",
            scale: "css",
            // Antialiasing may differ by a shade (threshold), and a few pixels may; a word changed
            // moves hundreds.
            threshold: 0.2,
            maxDiffPixels: 40,
          });
        });
      }
    });
  }
}

test("every text of every page kind is set in the show's font, none in a font of the machine", async ({ page }) => {
  test.slow();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  for (const path of Object.values(KINDS)) {
    await settle(page, path);
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "body *" });
    const others = new Set<string>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      for (const font of fonts) if (font.familyName !== "Plus Jakarta Sans") others.add(font.familyName);
    }
    expect([...others], path).toEqual([]);
  }
});
