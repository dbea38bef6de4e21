// Checks every link, anchor and asset of the built site with linkinator, served from dist/.
// Links to the site's own address (canonical URLs, the feed) are checked against the local copy;
// links to other sites are skipped, as the checks run without the internet.
// Usage: npm run test:links (after npm run build)
import "./src-hooks.ts";
import { existsSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { LinkChecker, LinkState } from "linkinator";

const { default: show } = await import("../src/show.config.ts");
const { BASE } = await import("../src/routes.ts");

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const port = Number(process.env.LINKS_PORT ?? 4354);
const local = `http://127.0.0.1:${port}`;

if (!existsSync(dist)) {
  console.error("No dist/ folder: run `npm run build` first.");
  process.exit(1);
}

// A site under a sub-path is served there, as its host would: dist/ appears as `<root>/<base>/`.
let serverRoot = dist;
if (BASE) {
  serverRoot = mkdtempSync(join(tmpdir(), "links-"));
  symlinkSync(dist, join(serverRoot, BASE), "dir");
}

// Every page is a starting point, so that pages nothing links to (404, redirects) are checked too.
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html"))
  .map((file) => `${BASE.slice(1)}${BASE ? "/" : ""}${file.split(sep).join("/")}`);

const site = new URL(show.site).origin;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const escaped = escape(site);
const ours = new RegExp(`^(${escaped}|${escape(local)})(/|$)`);
const result = await new LinkChecker().check({
  path: pages,
  serverRoot,
  port,
  recurse: true,
  checkCss: true,
  checkFragments: true,
  concurrency: 20,
  timeout: 10_000,
  urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}(?=/|$)`), replacement: local }],
  // Asked before and after the rewrite, so both forms of an address of this site count as ours.
  linksToSkip: async (link) => !ours.test(link),
});

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
// linkinator reports local addresses relative to the served folder.
const shown = (url = "?") => (/^https?:/.test(url) ? url.replace(local, "") : `/${url.replace(/^\//, "")}`);
for (const link of broken) {
  const failure = link.failureDetails
    ?.filter((d): d is Error => d instanceof Error)
    .map((d) => d.message)
    .join("; ");
  console.error(
    `${shown(link.url)} (status ${link.status ?? "none"}) linked from ${shown(link.parent)}` +
      (failure ? `: ${failure}` : ""),
  );
}
const checked = result.links.filter((link) => link.state === LinkState.OK).length;
if (broken.length) {
  console.error(`Links: ${broken.length} broken of ${checked + broken.length} checked`);
  process.exit(1);
}
console.log(`Links: ${checked} internal links, anchors and assets checked, none broken`);
