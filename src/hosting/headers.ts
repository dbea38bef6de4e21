import { pathPattern } from "./paths.ts";

/**
 * `dist/_headers`, the file Netlify and Cloudflare Pages read for the headers of each response,
 * and the preview (scripts/preview.ts) applies as they do: its rules, written and read. The site's
 * own rules are in `site.ts`.
 */

export interface HeaderRule {
  /** What the rule is for, written above it. */
  why: string;
  /** A site path as the hosts match it: `*` any characters, `:name` one segment. */
  path: string;
  headers: Record<string, string>;
}

export const CACHE = {
  /** Files whose names change with their content (`/_astro/`): kept a year, never asked again. */
  hashed: "public, max-age=31536000, immutable",
  /**
   * Pages: asked again on every visit (an unchanged page costs a `304`), since a page kept after a
   * deploy would name scripts the deploy removed.
   */
  page: "public, max-age=0, must-revalidate",
  /** What apps poll (feed, chapters, transcripts, cards): kept five minutes, then asked again. */
  polled: "public, max-age=300, must-revalidate",
} as const;

export const CONTENT_TYPE = {
  feed: "application/rss+xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  vtt: "text/vtt; charset=utf-8",
  srt: "application/x-subrip; charset=utf-8",
} as const;

/** The `_headers` file of the rules. */
export function writeHeaders(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ why, path, headers }) =>
    [...(why ? [`# ${why}`] : []), path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join(
      "\n",
    ),
  );
  return `# Written by the build (src/hosting/site.ts): edit that file, not this one.\n\n${blocks.join("\n\n")}\n`;
}

/** The rules of a `_headers` file: paths at the start of a line, their headers indented below. */
export function readHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ why: "", path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/**
 * The headers the rules give a request path, as Cloudflare Pages gives them: from every rule that
 * matches, a header two rules set joined with a comma.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}
