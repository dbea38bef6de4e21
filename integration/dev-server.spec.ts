import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { Scratch } from "./scratch.ts";

// The dev server this file starts itself, asked for the port after the preview server's.
const port = Number(process.env.E2E_PORT ?? 4329) + 1;
const LISTENING = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//;
/** Where the server says it listens: another port if that one is taken. */
let base = "";
const slug = "s09e99-dev-server-check";
const file = `src/content/episodes/${slug}.md`;
const episode = (season: string) =>
  `---\ntitle: Dev Server Check\ndate: 2024-01-02\nseason: ${season}\nepisode: 99\n---\n\nA page for the dev server test.\n`;

// The server runs on a copy of the site, so that the episode it writes never touches the project.
let site: Scratch;
let server: ReturnType<Scratch["start"]>;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, info) => {
  info.setTimeout(90_000);
  site = new Scratch();
  server = site.start(["dev", "--", "--host", "127.0.0.1", "--port", String(port)]);
  await expect.poll(() => LISTENING.exec(server.log())?.[1], { timeout: 80_000 }).toBeTruthy();
  base = LISTENING.exec(server.log())![1];
});

test.afterAll(() => {
  server?.stop();
  site?.dispose();
});

/** Opens a page until it shows what is expected: the server picks up a saved file within moments. */
async function showsSoon(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(`${base}${path}`);
    await check();
  }).toPass({ timeout: 30_000 });
}

test("a broken episode shows its error in the overlay, the rest stays browsable, and a fix brings it back", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const heading = page.getByRole("heading", { level: 1 });

  site.write(file, episode("9"));
  await showsSoon(page, `/episodes/${slug}/`, () => expect(heading).toHaveText("Dev Server Check"));

  site.write(file, episode("nine"));
  const overlay = page.locator("vite-error-overlay");
  await showsSoon(page, `/episodes/${slug}/`, () =>
    expect(overlay).toContainText(`${file}:4 — season — expected a season number of 1 or more, found "nine"`),
  );
  await expect(overlay).toContainText("Fix the file and save it: this page comes back by itself.");

  await page.goto(`${base}/episodes/s01e06-sentry/`);
  await expect(heading).toHaveText("Sentry");
  await expect(overlay).toHaveCount(0);
  await page.goto(`${base}/`);
  await expect(page.getByRole("link", { name: "Sentry" }).first()).toBeVisible();
  expect(server.log()).toContain(`${file}:4 — season — expected a season number of 1 or more, found "nine"`);

  site.write(file, episode("9"));
  await showsSoon(page, `/episodes/${slug}/`, async () => {
    await expect(overlay).toHaveCount(0);
    await expect(heading).toHaveText("Dev Server Check");
  });
});

test("a guest profile's edit shows on the next request, though no episode changed", async ({ page }) => {
  test.setTimeout(60_000);
  const profile = "src/content/guests/lin-example.yaml";
  const seed = site.read(profile);
  // The page is built once first, so that the catalog is cached when the profile changes.
  await showsSoon(page, "/guests/lin-example/", () => expect(page.getByText(/records, edits and mixes/)).toBeVisible());

  site.write(profile, seed.replace(/^bio: [\s\S]*?(?=^links:)/m, "bio: Lin now hosts a show of their own.\n"));
  try {
    await showsSoon(page, "/guests/lin-example/", () =>
      expect(page.getByText("Lin now hosts a show of their own.")).toBeVisible(),
    );
  } finally {
    site.write(profile, seed);
  }
});

test("serves an episode's social card and chapters, which a build writes only after its pages", async ({ request }) => {
  test.setTimeout(60_000);
  const response = await request.get(`${base}/cards/s01e06-sentry.png`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const meta = await sharp(await response.body()).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
  const chapters = await request.get(`${base}/episodes/s01e02-recording-at-home/chapters.json`);
  expect(chapters.headers()["content-type"]).toBe("application/json+chapters");
  expect((await chapters.json()).chapters.length).toBeGreaterThan(1);
});
