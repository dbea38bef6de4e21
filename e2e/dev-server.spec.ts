import { type ChildProcess, spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";

// The dev server this file starts itself, asked for the port after the preview server's.
const port = Number(process.env.E2E_PORT ?? 4329) + 1;
const LISTENING = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//;
/** Where the server says it listens: another port if that one is taken. */
let base = "";
const slug = "s09e99-dev-server-check";
const file = `src/content/episodes/${slug}.md`;
const episode = (season: string) =>
  `---\ntitle: Dev Server Check\ndate: 2024-01-02\nseason: ${season}\nepisode: 99\n---\n\nA page for the dev server test.\n`;

// The episode file is written into the real content folder: it goes away whatever happens.
const removeEpisode = () => rmSync(file, { force: true });
process.on("exit", removeEpisode);

let server: ChildProcess | undefined;
let log = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, info) => {
  info.setTimeout(90_000);
  removeEpisode();
  // --ignore-lock: an editor's own dev server may be running on this project.
  server = spawn("npm", ["run", "dev", "--", "--host", "127.0.0.1", "--port", String(port), "--ignore-lock"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  await expect.poll(() => LISTENING.exec(log)?.[1], { timeout: 80_000 }).toBeTruthy();
  base = LISTENING.exec(log)![1];
});

test.afterAll(() => {
  removeEpisode();
  // The server runs in its own process group: end the group, npm and Astro with it.
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
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

  writeFileSync(file, episode("9"));
  await showsSoon(page, `/episodes/${slug}/`, () => expect(heading).toHaveText("Dev Server Check"));

  writeFileSync(file, episode("nine"));
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
  expect(log).toContain(`${file}:4 — season — expected a season number of 1 or more, found "nine"`);

  writeFileSync(file, episode("9"));
  await showsSoon(page, `/episodes/${slug}/`, async () => {
    await expect(overlay).toHaveCount(0);
    await expect(heading).toHaveText("Dev Server Check");
  });
});
