// Checks every page of the built site (dist/) against the budgets in budgets.json: weight of HTML
// and CSS, the JavaScript each page runs (with the modules it imports) and the player's own code,
// requests to other origins, and image dimensions and lazy loading. Prints the figures it measured.
// Usage: npm run test:budgets (after npm run build)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type Budgets, checkPage, gzipSize, scriptClosure } from "./page-budget.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const budgets = JSON.parse(readFileSync(join(root, "budgets.json"), "utf8")) as Budgets;

if (!existsSync(dist)) {
  console.error("No dist/ folder: run `npm run build` first.");
  process.exit(1);
}

const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).map((f) => f.split(sep).join("/"));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const readLocal = (path: string) => {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
};

const failures: string[] = [];
// Pagefind's engine (dist/pagefind/) is loaded by the search page only when a visitor searches, so it
// is no page's JavaScript: it has a budget of its own, below.
const isSearchEngine = (file: string) => file.startsWith("pagefind/");
const gzipOf = new Map<string, number>();
const scriptBytes = (paths: readonly string[]) =>
  paths.reduce((total, path) => {
    if (!gzipOf.has(path)) {
      const text = readLocal(path);
      if (text === undefined) failures.push(`script ${path} is linked but missing from dist/`);
      gzipOf.set(path, text === undefined ? 0 : gzipSize(text));
    }
    return total + gzipOf.get(path)!;
  }, 0);
let heaviest = { path: "", bytes: 0 };
let heaviestScript = { path: "", bytes: 0 };
const episodeScripts: { path: string; bytes: number }[] = [];
const allScripts = new Set<string>();

const pages = files.filter((f) => f.endsWith(".html"));
for (const file of pages) {
  const path = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
  const report = checkPage(readFileSync(join(dist, file), "utf8"), path, budgets, readLocal);
  for (const problem of report.problems) failures.push(`dist/${file}: ${problem}`);
  if (report.gzipBytes > heaviest.bytes) heaviest = { path: `dist/${file}`, bytes: report.gzipBytes };
  const scripts = scriptClosure(report.scripts, readLocal);
  scripts.forEach((script) => allScripts.add(script));
  const bytes = scriptBytes(scripts) + report.inlineScripts.reduce((total, code) => total + gzipSize(code), 0);
  if (bytes > budgets.scriptKb * 1024) {
    failures.push(`dist/${file} runs ${kb(bytes)} of JavaScript gzipped, over the budget of ${budgets.scriptKb} KB`);
  }
  if (bytes > heaviestScript.bytes) heaviestScript = { path: `dist/${file}`, bytes };
  if (/^\/episodes\/[^/]+\/$/.test(path) && !/^\/episodes\/\d+\/$/.test(path)) episodeScripts.push({ path, bytes });
}

let playerBytes: number | undefined;
if (budgets.player) {
  const { script, kb: limit } = budgets.player;
  const entries = [...allScripts].filter((path) => path.split("/").pop()!.startsWith(script));
  if (!entries.length) failures.push(`no script of the player (${script}…) is loaded by any page`);
  playerBytes = scriptBytes(scriptClosure(entries, readLocal));
  if (playerBytes > limit * 1024) {
    failures.push(`the player's code weighs ${kb(playerBytes)} gzipped, over the budget of ${limit} KB`);
  }
}

const searchBytes = files
  .filter((f) => isSearchEngine(f) && /\.m?js$/.test(f))
  .reduce((sum, f) => sum + gzipSize(readFileSync(join(dist, f), "utf8")), 0);
if (searchBytes > budgets.searchKb * 1024) {
  failures.push(
    `the search engine ships ${kb(searchBytes)} of JavaScript gzipped, over its budget of ${budgets.searchKb} KB`,
  );
}

const episodeJs = episodeScripts.sort((a, b) => b.bytes - a.bytes)[0];
console.log(
  [
    `Budgets: ${pages.length} pages; heaviest ${heaviest.path} at ${kb(heaviest.bytes)} of ${budgets.pageKb} KB`,
    `JavaScript: at most ${heaviestScript.bytes} B gzipped on a page (${heaviestScript.path || "none"}), budget ${budgets.scriptKb} KB`,
    ...(episodeJs ? [`JavaScript on an episode page (${episodeJs.path}): ${episodeJs.bytes} B gzipped`] : []),
    `Search engine, loaded on searching: ${kb(searchBytes)} of ${budgets.searchKb} KB`,
    ...(playerBytes !== undefined
      ? [`The player's own code: ${playerBytes} B gzipped, budget ${budgets.player!.kb} KB`]
      : []),
  ].join("\n"),
);
if (failures.length) {
  console.error(`${failures.length} budget ${failures.length === 1 ? "problem" : "problems"}:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
