// Lighthouse (npm) in the system Chromium against the built site, served locally by `astro
// preview`: prints the four scores, on mobile, for the home page, an episode page, the episode list,
// the search page with a query, a guest page and a transcript page, with the audits that cost points. Full reports go to test-results/lighthouse/.
// Usage: npm run lighthouse (builds first)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { requireChromium, startPreview } from "./cli.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4353);
const base = `http://127.0.0.1:${port}`;
const pages = [
  { name: "home", path: "/" },
  { name: "episode", path: "/episodes/s01e02-recording-at-home/" },
  { name: "episode list", path: "/episodes/" },
  { name: "search", path: "/search/?q=microphone" },
  { name: "guest", path: "/guests/lin-example/" },
  { name: "transcript", path: "/episodes/s01e02-recording-at-home/transcript/" },
];
const reports = join(root, "test-results", "lighthouse");

const chromePath = requireChromium();

const server = await startPreview(root, port);
// Chromium reaches for Google's services at start unless told not to; closed networks refuse them.
const chrome = await launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--no-first-run",
  ],
});

let failed = false;
try {
  mkdirSync(reports, { recursive: true });
  for (const { name, path } of pages) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: "html",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    writeFileSync(join(reports, `${name}.html`), result.report as string);
    const { categories, audits } = result.lhr;
    const scores = Object.values(categories).map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`);
    console.log(`${name} (${path}, mobile): ${scores.join(" · ")}`);
    for (const category of Object.values(categories)) {
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          failed = true;
          console.log(`  ${category.title}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`);
        }
      }
    }
  }
  console.log(`Reports: ${join("test-results", "lighthouse")}/`);
} finally {
  chrome.kill();
  server.kill("SIGTERM");
}
if (failed) process.exitCode = 1;
