// Serves the built site in dist/ as a host that reads `_headers` and `_redirects` serves it
// (Netlify, Cloudflare Pages): each path's headers from `_headers`, a 301 for each line of
// `_redirects`, HEAD and byte ranges (seeking in audio), the 404 page for missing paths, text
// compressed as every such host compresses it, and the site under its sub-path when it has one. The
// files are served by sirv, compressed by compression (Express's).
// Usage: npm run preview [-- --host 127.0.0.1 --port 4321]; build first, and restart after a build.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { parseArgs } from "node:util";
import compression from "compression";
import sirv from "sirv";
import { headersFor, readHeaders } from "../src/hosting/headers.ts";
import { readRedirects, redirectFor } from "../src/hosting/redirects.ts";
import { BASE } from "../src/routes.ts";
import { fail } from "./cli.ts";

const USAGE = `Usage: npm run preview [-- --host <address>] [-- --port <port>]

Serves dist/ (npm run build first) with the headers of dist/_headers and the redirects of
dist/_redirects applied, as Netlify and Cloudflare Pages apply them. --host alone listens on every
address; without it, only on this machine.`;

const DIST = join(process.cwd(), "dist");
/** The files the hosts read and never serve. */
const HOST_FILES = new Set([`${BASE}/_headers`, `${BASE}/_redirects`]);

function readFlags() {
  // `--host` alone, as `astro preview` takes it, means every address.
  const args = process.argv
    .slice(2)
    .flatMap((arg, i, all) =>
      arg === "--host" && (i === all.length - 1 || all[i + 1].startsWith("--")) ? ["--host", "0.0.0.0"] : [arg],
    );
  try {
    const { values } = parseArgs({
      args,
      options: {
        host: { type: "string", default: "localhost" },
        port: { type: "string", default: "4321" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      fail(`--port — expected a port number, found "${values.port}"`);
    return { host: values.host, port };
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

const read = (name: string) => (existsSync(join(DIST, name)) ? readFileSync(join(DIST, name), "utf8") : "");

/**
 * A `Range` sirv answers rightly (`bytes=10-` or `bytes=10-99`), else none: the whole file with
 * `200` is a right answer to any range, where sirv would misread a suffix or a list of ranges.
 */
function keepRangeSirvReads(request: IncomingMessage) {
  const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? "");
  if (!range || (range[2] && Number(range[2]) < Number(range[1]))) delete request.headers.range;
}

function main() {
  const { host, port } = readFlags();
  if (!existsSync(join(DIST, "index.html"))) fail("No built site in dist/: run npm run build first.");
  const rules = readHeaders(read("_headers"));
  const redirects = readRedirects(read("_redirects"));
  const notFound = existsSync(join(DIST, "404.html")) ? readFileSync(join(DIST, "404.html")) : "Not found";
  const files = sirv(DIST, {
    etag: true,
    setHeaders: (response) => response.setHeader("Accept-Ranges", "bytes"),
  });

  // gzip or Brotli, as the browser asks, for text: hosts compress it, and what a page weighs on a
  // phone's network (Lighthouse's measure too) is its compressed size. A byte range is of the file.
  const compress = compression();

  const answer404 = (response: ServerResponse) => {
    response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(notFound);
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://preview.invalid").pathname;
    const redirect = redirectFor(redirects, path);
    if (redirect) {
      response.writeHead(redirect.status, { Location: redirect.to });
      return response.end();
    }
    if (BASE && path === BASE) {
      response.writeHead(301, { Location: `${BASE}/` });
      return response.end();
    }
    for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
    if (HOST_FILES.has(path) || (BASE && !path.startsWith(`${BASE}/`))) return answer404(response);
    request.url = request.url!.slice(BASE.length);
    keepRangeSirvReads(request);
    const serve = () => files(request, response, () => answer404(response));
    if (request.headers.range) serve();
    else compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], serve);
  });
  server.on("error", (error: NodeJS.ErrnoException) =>
    fail(error.code === "EADDRINUSE" ? `Port ${port} is taken: give another with -- --port <port>.` : error.message),
  );
  server.listen(port, host, () => {
    const shown = host === "0.0.0.0" ? "localhost" : host;
    console.log(`Serving dist/ with its _headers (${rules.length} rules) and _redirects (${redirects.length}).`);
    console.log(`  Local    http://${shown}:${port}${BASE}/`);
  });
}

main();
