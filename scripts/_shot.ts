import { chromium } from "@playwright/test";
const [,, path, width, scheme, out] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as "light" });
await page.goto(`http://127.0.0.1:4339${path}`, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: true });
const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
console.log(out, sw);
await browser.close();
