import { readdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { en } from "../src/i18n/en.ts";
import { de } from "../src/i18n/de.ts";
import { servedCopy } from "./served.ts";

// The demo site built for a German show and for an Arabic one: the whole interface speaks the
// show's language, and a right-to-left show reads right to left.

/** Builds a copy of the demo whose config says `language`, and serves it on `port`. */
function buildIn(language: string, port: number) {
  const site = servedCopy(
    port,
    (copy) => {
      const config = copy
        .read("src/show.config.ts")
        .replace(/language: "en"/, `language: "${language}"`)
        // The show's own words are content, like the episodes': the test reads the interface's.
        .replace(/tagline: "[^"]*"/, 'tagline: "Gespräche mit den Leuten hinter unseren Werkzeugen."')
        .replace(/description:\s*"[^"]*"/, 'description: "Eine Demo-Sendung über Werkzeuge und ihre Leute."')
        .replace(/seasons: \{[^}]*\}/, 'seasons: { "1": "Grundlagen", "2": "Handwerkszeug" }');
      copy.write("src/show.config.ts", config);
      // The About page's title and lead are the editor's too.
      const about = copy.read("src/content/about.md");
      copy.write(
        "src/content/about.md",
        about
          .replace(/^title: .*$/m, "title: Über Demo Cast")
          .replace(/^description: .*$/m, "description: Wer wir sind."),
      );
    },
    240_000,
  );
  return {
    /** Every page of the build but the aliases' redirects, as paths. */
    pages: () =>
      readdirSync(site().path("dist"), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith("index.html") && !/^(p|podcast|trailer)\//.test(file))
        .map((file) => `/${file.replace(/index\.html$/, "")}`),
    site,
  };
}

/** What a page says in its own words: its text and its labels, without what editors wrote. */
const interfaceText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    // Episode text (titles, summaries, names, chapters, cues) is isolated with dir=auto, and what
    // editors wrote is inside data-untrusted: both are content, whatever language they are in.
    for (const content of body.querySelectorAll("[dir=auto], [data-untrusted], script:not([data-strings]), style"))
      content.remove();
    const labels = [...body.querySelectorAll("[aria-label], [placeholder], [title], [alt]")].flatMap((element) =>
      ["aria-label", "placeholder", "title", "alt"].map((name) => element.getAttribute(name) ?? ""),
    );
    return [document.title, body.textContent, ...labels].join("\n");
  });

/** Whether `text` holds `piece` as words, not inside a longer word. */
const holds = (text: string, piece: string) =>
  new RegExp(`(^|\\P{L})${piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\P{L}|$)`, "u").test(text);

/**
 * The words of the English table that German does not share: each string's text between its
 * placeholders, of three letters or more (`Podcast`, `Bonus`, `Position` are German too).
 */
const german = Object.values(de).flatMap((value) => (typeof value === "string" ? [value] : Object.values(value)));
const ENGLISH = [
  ...new Set(
    Object.values(en)
      .flatMap((value) => (typeof value === "string" ? [value] : Object.values(value)))
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((piece) => piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ""))
      .filter((piece) => /\p{L}{3}/u.test(piece))
      .filter((piece) => !german.some((text) => holds(text, piece))),
  ),
];

test.describe("a German show", () => {
  test.describe.configure({ mode: "serial" });
  const port = Number(process.env.E2E_PORT ?? 4329) + 8;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  const { pages, site } = buildIn("de", port);

  test("no page shows a word of the English interface, episode content aside", async ({ page }) => {
    test.setTimeout(120_000);
    expect(ENGLISH).toEqual(expect.arrayContaining(["Skip to content", "Latest episode", "Download the transcript"]));
    const paths = pages();
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "de");
      const text = await interfaceText(page);
      const found = ENGLISH.filter((piece) => holds(text, piece));
      expect(found, path).toEqual([]);
    }
  });

  test("dates, lengths and counts read as German writes them", async ({ page }) => {
    await page.goto("/episodes/s01e06-sentry/");
    await expect(page.locator(".episode-header .meta time").first()).toHaveText("22. Feb. 2024");
    await page.goto("/seasons/");
    await expect(page.locator(".page-head .lead")).toHaveText("2 Staffeln, 5 Folgen.");
    await page.goto("/episodes/s01e02-recording-at-home/");
    await expect(page.locator(".player .download")).toContainText("Folge herunterladen (MP3, 224 KB)");
    await expect(page.locator(".player [data-rate] option").first()).toHaveText("0,75×");
  });

  test("editors' messages stay English, the language of the docs", async () => {
    const check = await site().run(["check:content"]);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain("Scheduled: built by the first build on or after their date");
    expect(check.output).toMatch(/2099-01-01 {2}S02 E03 {2}Scheduled for the Future/);
    site().write("src/content/episodes/broken.md", "---\ntitle: Kaputt\n---\n");
    const broken = await site().run(["check:content"]);
    site().remove("src/content/episodes/broken.md");
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain(
      "src/content/episodes/broken.md:1 — date — is required: expected a date like 2024-02-22, found nothing",
    );
  });

  test("the player and search speak German too", async ({ page }) => {
    await page.goto("/");
    const play = page.locator(".featured [data-play]");
    await expect(play).toHaveAttribute("aria-label", /abspielen$/);
    await page.goto("/episodes/s01e02-recording-at-home/");
    await expect(page.locator(".chapters .copy").first()).toHaveText("Link kopieren");
    await page.locator(".player [data-do=toggle]").click();
    await expect(page.locator(".player [data-do=toggle]")).toHaveAttribute("aria-label", "Pausieren");
    await page.goto("/search/?q=home");
    await expect(page.locator("[data-search-status]")).toHaveText(/^\d+ Folgen? gefunden für „home“\.$/);
  });
});

test.describe("an Arabic show", () => {
  test.describe.configure({ mode: "serial" });
  const port = Number(process.env.E2E_PORT ?? 4329) + 9;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  const { pages } = buildIn("ar", port);

  test("every page reads right to left, and none scrolls sideways on a 320 px phone", async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of pages()) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("the player mirrors, while its seek bar and times keep left to right", async ({ page }) => {
    await page.goto("/episodes/s01e02-recording-at-home/");
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    // The page's player: play at the inline start (the right), the seek bar after it.
    const [toggle, track] = [await box(".player [data-do=toggle]"), await box(".player .track")];
    expect(toggle.x).toBeGreaterThan(track.x + track.width - 1);
    const direction = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).direction);
    expect(await direction(".player [data-seek]")).toBe("ltr");
    expect(await direction(".player [data-time]")).toBe("ltr");
    // The bar, once something plays elsewhere: its art and title at the start, play after them.
    await page.goto("/");
    await page.locator(".featured [data-play]").click();
    await page.locator(".featured [data-play]").click();
    const bar = page.locator("#player-bar");
    await expect(bar).toBeVisible();
    const [art, what, play] = [
      await box("#player-bar .art"),
      await box("#player-bar .what"),
      await box("#player-bar .toggle"),
    ];
    expect(art.x).toBeGreaterThan(what.x);
    expect(play.x + play.width).toBeLessThanOrEqual(what.x + 1);
    const [time, seek, total] = [
      await box("#player-bar [data-time]"),
      await box("#player-bar .track"),
      await box("#player-bar [data-total]"),
    ];
    expect(time.x).toBeLessThan(seek.x);
    expect(total.x).toBeGreaterThan(seek.x);
  });

  test("the interface speaks Arabic: the player's labels, counts with their forms", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".skip-link")).toHaveText("انتقل إلى المحتوى");
    await expect(page.locator(".featured [data-play]")).toHaveAttribute("aria-label", /^تشغيل /);
    await page.goto("/seasons/");
    await expect(page.locator(".page-head .lead")).toHaveText("موسمان، 5 حلقات.");
  });

  for (const path of [
    "/",
    "/episodes/s01e02-recording-at-home/",
    "/episodes/s01e02-recording-at-home/transcript/",
    "/search/",
  ]) {
    test(`${path} has no accessibility violations`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
    });
  }
});
