// Checks every page of the built site (dist/) against the budgets in budgets.json: weight of HTML
// and CSS, JavaScript in all, requests to other origins, and image dimensions and lazy loading.
// Usage: npm run test:budgets (after npm run build)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type Budgets, checkPage, gzipSize } from "./page-budget.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const budgets = JSON.parse(readFileSync(join(root, "budgets.json"), "utf8")) as Budgets;

if (!existsSync(dist)) {
  console.error("No dist/ folder: run `npm run build` first.");
  process.exit(1);
}

const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).map((f) => f.split(sep).join("/"));
const readLocal = (path: string) => {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
};

const failures: string[] = [];
// Pagefind's engine (dist/pagefind/) is loaded by the search page only when a visitor searches, so it
// is no page's JavaScript: it has a budget of its own, below.
const isSearchEngine = (file: string) => file.startsWith("pagefind/");
const scriptFiles = new Set(files.filter((f) => /\.m?js$/.test(f) && !isSearchEngine(f)).map((f) => `/${f}`));
const inlineScripts = new Set<string>();
let heaviest = { path: "", bytes: 0 };

const pages = files.filter((f) => f.endsWith(".html"));
for (const file of pages) {
  const path = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
  const report = checkPage(readFileSync(join(dist, file), "utf8"), path, budgets, readLocal);
  for (const problem of report.problems) failures.push(`dist/${file}: ${problem}`);
  for (const script of report.scripts) if (!isSearchEngine(script.replace(/^\//, ""))) scriptFiles.add(script);
  for (const script of report.inlineScripts) inlineScripts.add(script);
  if (report.gzipBytes > heaviest.bytes) heaviest = { path: `dist/${file}`, bytes: report.gzipBytes };
}

let scriptBytes = 0;
for (const script of scriptFiles) {
  const text = readLocal(script);
  if (text === undefined) failures.push(`script ${script} is linked but missing from dist/`);
  else scriptBytes += gzipSize(text);
}
for (const script of inlineScripts) scriptBytes += gzipSize(script);
if (scriptBytes > budgets.scriptKb * 1024) {
  failures.push(
    `the site ships ${(scriptBytes / 1024).toFixed(1)} KB of JavaScript gzipped, over the budget of ${budgets.scriptKb} KB`,
  );
}

const searchBytes = files
  .filter((f) => isSearchEngine(f) && /\.m?js$/.test(f))
  .reduce((sum, f) => sum + gzipSize(readFileSync(join(dist, f), "utf8")), 0);
if (searchBytes > budgets.searchKb * 1024) {
  failures.push(
    `the search engine ships ${(searchBytes / 1024).toFixed(1)} KB of JavaScript gzipped, over its budget of ${budgets.searchKb} KB`,
  );
}

console.log(
  `Budgets: ${pages.length} pages; heaviest ${heaviest.path} at ${(heaviest.bytes / 1024).toFixed(1)} KB of ` +
    `${budgets.pageKb} KB; JavaScript ${(scriptBytes / 1024).toFixed(1)} KB of ${budgets.scriptKb} KB; ` +
    `search engine, loaded on searching, ${(searchBytes / 1024).toFixed(1)} KB of ${budgets.searchKb} KB`,
);
if (failures.length) {
  console.error(`${failures.length} budget ${failures.length === 1 ? "problem" : "problems"}:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
