import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/** One page of every kind, named for the report. */
const named = [
  { name: "home", path: "/" },
  { name: "episode list", path: "/episodes/" },
  { name: "episode with audio", path: "/episodes/s01e02-recording-at-home/" },
  { name: "transcript", path: "/episodes/s01e02-recording-at-home/transcript/" },
  { name: "episode without audio", path: "/episodes/s01e06-sentry/" },
  { name: "episode with a video", path: "/episodes/s01e00-trailer/" },
  { name: "MDX episode", path: "/episodes/s02e01-mdx-components/" },
  { name: "season index", path: "/seasons/" },
  { name: "season page", path: "/seasons/1/" },
  { name: "404", path: "/no-such-page/" },
];

/** `episodes/x/index.html` → `episodes/*`: pages of the same kind share a key. */
function kind(path: string): string {
  if (path === "/") return "home";
  const parts = path.split("/").filter(Boolean);
  return [parts[0], ...parts.slice(1).map(() => "*")].join("/");
}

/**
 * Any other kind of page the build makes (a later feature's pages) is checked too: one page of each
 * kind found in dist/. Alias pages only redirect, so they are left out.
 */
function otherKinds() {
  const dist = join(import.meta.dirname, "..", "dist");
  const known = new Set(named.map((p) => kind(p.path)));
  const found: { name: string; path: string }[] = [];
  for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith("index.html")) continue;
    const path = `/${file
      .split(sep)
      .join("/")
      .replace(/index\.html$/, "")}`;
    if (known.has(kind(path))) continue;
    if (readFileSync(join(dist, file), "utf8").includes('http-equiv="refresh"')) continue;
    known.add(kind(path));
    found.push({ name: `${kind(path)} page`, path });
  }
  return found;
}

const pages = [...named, ...otherKinds()];
const schemes = ["light", "dark"] as const;

/** Relative luminance and contrast ratio, as WCAG defines them. */
function contrast(a: number[], b: number[]): number {
  const lum = ([r, g, b]: number[]) => {
    const [R, G, B] = [r, g, b].map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const rgb = (css: string) =>
  css
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);

async function pageBackground(page: Page) {
  return rgb(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
}

for (const scheme of schemes) {
  test.describe(`in the ${scheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    for (const { name, path } of pages) {
      test(`the ${name} (${path}) has no accessibility violations`, async ({ page }) => {
        await page.goto(path);
        // The scheme really applies: a light page is light, a dark page dark.
        const lightness = (await pageBackground(page)).reduce((a, b) => a + b, 0) / 3;
        expect(scheme === "dark" ? lightness < 80 : lightness > 175).toBe(true);

        const { violations } = await new AxeBuilder({ page }).analyze();
        const found = violations.map((v) => ({
          rule: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(" ")),
        }));
        expect(found).toEqual([]);
      });
    }

    test("every link and control shows a clear focus outline", async ({ page }) => {
      for (const path of ["/", "/episodes/s01e02-recording-at-home/"]) {
        await page.goto(path);
        const background = await pageBackground(page);
        // Tab through the whole page: focus leaves the page (back to <body>) after the last stop.
        for (let stops = 0; stops < 100; stops++) {
          await page.keyboard.press("Tab");
          const focus = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const style = getComputedStyle(el);
            return {
              what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 40) ?? ""}`,
              style: style.outlineStyle,
              width: parseFloat(style.outlineWidth),
              colour: style.outlineColor,
            };
          });
          if (focus.what.startsWith("body")) {
            expect(stops, `${path}: Tab reached nothing`).toBeGreaterThan(3);
            break;
          }
          expect(focus.style, `${path}: ${focus.what}`).not.toBe("none");
          expect(focus.width, `${path}: ${focus.what}`).toBeGreaterThanOrEqual(2);
          expect(contrast(rgb(focus.colour), background), `${path}: ${focus.what}`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  });
}

test("the first Tab reaches a visible skip link that leads to the content", async ({ page }) => {
  await page.goto("/episodes/s01e06-sentry/");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an episode can be read and listened to", async ({ page }) => {
    await page.goto("/episodes/s01e02-recording-at-home/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recording at Home");
    await expect(page.getByRole("region", { name: "Show notes" })).toContainText("Pick a quiet room");
    const audio = page.locator("audio[controls]");
    await expect(audio).toBeVisible();
    expect(await audio.evaluate((el: HTMLAudioElement) => el.currentSrc || el.src)).toMatch(/episode\.mp3$/);
    await expect(page.getByRole("link", { name: "Download the episode" })).toBeVisible();
  });
});
