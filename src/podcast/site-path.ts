/**
 * Paths that editors write for files and pages of the site: a path of the site (`/audio/x.mp3`,
 * a file of `public/`; `/2024/02/sentry/`, an old URL) or a path beside the episode's file
 * (`./x.mp3`). Every field that names one reads it with these rules (schema.ts), so that no field
 * lets through what another refuses.
 */

/** `//evil.example/a.mp3` and `/\evil.example/a.mp3`: browsers, and `new URL` in the feed, read another site. */
const ANOTHER_SITE = /^\/[/\\]/;

/** A part that climbs or stays (`..`, `.`), as written or percent-encoded (`%2e%2e`), which browsers decode. */
const isDotPart = (part: string) => /^(\.|%2e){1,2}$/i.test(part);

/**
 * What is wrong with a path of the site, as `expected …, found …`, if anything. It starts with
 * exactly one `/`; it has no backslash (browsers read one as `/`), no empty, `.` or `..` part, and
 * no space, query or fragment: it names a file or a page as written.
 */
export function sitePathProblem(path: string): string | undefined {
  const found = `found "${path}"`;
  if (!path.startsWith("/")) return `expected a site path starting with /, ${found}`;
  if (ANOTHER_SITE.test(path)) {
    return `expected a site path starting with exactly one /, ${found}, which browsers and podcast apps read as an address on another site`;
  }
  if (path.includes("\\")) return `expected a site path with / between its parts and no backslash, ${found}`;
  if (/[\s?#]/.test(path)) return `expected a site path without spaces, ? or #, ${found}`;
  const parts = path.slice(1).split("/");
  if (parts.some(isDotPart)) return `expected a site path without . or .. parts, ${found}`;
  // A trailing slash (a page's URL) leaves one empty part at the end, and only there.
  if (parts.slice(0, -1).some((part) => part === "")) return `expected a site path without empty parts (//), ${found}`;
  return undefined;
}

export const isSitePath = (path: string) => sitePathProblem(path) === undefined;

/** Whether a relative path climbs out of the folder it starts in (`../x`, `a/../../x`). */
export function leavesFolder(path: string): boolean {
  let depth = 0;
  for (const part of path.replace(/^\.?\//, "").split("/")) {
    if (/^(\.|%2e){2}$/i.test(part)) depth--;
    else if (part && !isDotPart(part)) depth++;
    if (depth < 0) return true;
  }
  return false;
}
