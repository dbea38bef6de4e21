// Screenshots of the built site for the README and for anyone choosing the theme: the home page, an
// episode page and the episode list, on a phone and a desktop, in the light and dark schemes.
// Usage: npm run screenshots (builds first); SCREENSHOTS_PORT picks the preview's port.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import sharp from "sharp";
import { requireChromium, startPreview } from "./cli.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "docs", "screenshots");
const port = Number(process.env.SCREENSHOTS_PORT ?? 4363);
const base = `http://127.0.0.1:${port}`;

const pages = [
  { name: "home", path: "/" },
  { name: "episode", path: "/episodes/s01e02-recording-at-home/" },
  { name: "episodes", path: "/episodes/" },
];
const devices = [
  { name: "phone", viewport: { width: 390, height: 844 }, scale: 2 },
  { name: "desktop", viewport: { width: 1280, height: 860 }, scale: 1 },
];
const schemes = ["light", "dark"] as const;

const executablePath = requireChromium();

const server = await startPreview(root, port);
const browser = await chromium.launch({
  executablePath,
  args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

try {
  mkdirSync(out, { recursive: true });
  for (const device of devices) {
    for (const scheme of schemes) {
      const context = await browser.newContext({
        viewport: device.viewport,
        deviceScaleFactor: device.scale,
        colorScheme: scheme,
      });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
        const file = join(out, `${name}-${device.name}-${scheme}.png`);
        // A palette PNG: a tenth of the bytes, and the pages' flat colours survive it.
        const png = await page.screenshot({ animations: "disabled" });
        await sharp(png).png({ palette: true, quality: 85, effort: 10 }).toFile(file);
        console.log(`docs/screenshots/${name}-${device.name}-${scheme}.png`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
