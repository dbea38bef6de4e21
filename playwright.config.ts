import { defineConfig, devices } from "@playwright/test";
import { findChromium, INSTALL_HINT } from "./scripts/browser.ts";

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);

const port = Number(process.env.E2E_PORT ?? 4329);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    // Without these Chromium reaches for Google's services at start, which closed networks refuse.
    args: [
      ...(isRoot ? ["--no-sandbox"] : []),
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // The player's tests press play without a user gesture; audio must start all the same.
      "--autoplay-policy=no-user-gesture-required",
    ],
  },
};

export default defineConfig({
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  // The look's baselines (e2e/visual.spec.ts), one folder, named as the README links them: the
  // machine's name is left out, since CI and the developers' machines run the same Chromium and fonts.
  snapshotPathTemplate: "{testDir}/screenshots/{arg}{ext}",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  // `site` runs in a browser against the built site in dist/, served by `npm run preview` as a host
  // that reads dist/_headers and dist/_redirects serves it; `scratch` builds copies of the site with
  // episodes of its own (integration/), never touching dist/.
  projects: [
    { name: "site", testDir: "e2e", use: browser },
    { name: "scratch", testDir: "integration", testMatch: "*.spec.ts", use: browser },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
