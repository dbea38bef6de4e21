/**
 * The paths of `_headers` and `_redirects`, as Netlify and Cloudflare Pages read them: `*` matches
 * anything (slashes included), `:name` one path segment, anything else itself.
 */

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/** The expression a rule's path matches request paths with. */
export function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : escapeRegExp(part)))
    .join("");
  return new RegExp(`^${source}$`);
}

/**
 * A site path as a rule may name it: as a browser sends it (`/épisode/` as `/%C3%A9pisode/`), and
 * with the characters that rules read as patterns escaped too, so that an old URL an editor wrote
 * (`/notes/*`, `/a:b/`) stands for itself and never for every path like it.
 */
export const literalPath = (path: string) =>
  new URL(path, "http://site.invalid").pathname.replaceAll("*", "%2A").replaceAll(":", "%3A");
