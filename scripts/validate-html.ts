// Runs the Nu Html Checker (the npm package vnu-jar, on the machine's Java) over every HTML page,
// stylesheet and SVG of the built site. Any error fails; warnings are not reported.
// Usage: npm run test:html (after npm run build)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

if (!existsSync(dist)) {
  console.error("No dist/ folder: run `npm run build` first.");
  process.exit(1);
}

const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
const run = spawnSync(
  java,
  ["-jar", jar, "--errors-only", "--format", "json", "--also-check-css", "--also-check-svg", "--skip-non-html", dist],
  { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
);
if (run.error) {
  console.error(
    `Could not run Java for the Nu Html Checker (${run.error.message}).\n` +
      "Install Java 17 or newer (Debian: apt-get install -y default-jre-headless) or set JAVA_HOME.",
  );
  process.exit(1);
}

interface Message {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}
let messages: Message[];
try {
  messages = (JSON.parse(run.stderr || run.stdout) as { messages: Message[] }).messages;
} catch {
  console.error(`The Nu Html Checker failed:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

/**
 * What the checker does not know yet though browsers do: the view-transition pseudo-elements and
 * `mix-blend-mode: plus-lighter` (CSS View Transitions, Compositing 2), in the stylesheet that
 * Astro's client router adds to every page for its page transitions; and `blocking="render"` on
 * the layout's `<link rel="expect">`, which the HTML standard allows on `expect` links as on
 * `stylesheet` ones, while the checker allows it on `stylesheet` only.
 */
const knownGap = (m: Message) =>
  m.message === "CSS: “mix-blend-mode”: “plus-lighter” is not a “mix-blend-mode” value." ||
  (m.message === "CSS: Parse Error." && /view-transi|ransition-(group|old|new)\(\*\)/.test(m.extract ?? "")) ||
  (m.message ===
    "A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”." &&
    /<link rel="expect" [^>]*blocking="render"/.test(m.extract ?? ""));

const errors = messages.filter((m) => (m.type === "error" || m.type === "non-document-error") && !knownGap(m));
const where = (m: Message) => {
  const file = m.url ? relative(root, fileURLToPath(m.url)) : "?";
  return m.lastLine ? `${file}:${m.lastLine}${m.firstColumn ? `:${m.firstColumn}` : ""}` : file;
};
for (const m of errors) {
  console.error(`${where(m)}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, " ").trim()}` : ""}`);
}
if (errors.length) {
  console.error(`Nu Html Checker: ${errors.length} ${errors.length === 1 ? "error" : "errors"}`);
  process.exit(1);
}
console.log("Nu Html Checker: no errors in the built site");
