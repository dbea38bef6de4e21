/**
 * XML 1.0 forbids most control characters, and a feed holding one is rejected by every parser,
 * so they are removed from every text the site writes. Tab, line feed and carriage return stay.
 */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "");
}

/**
 * Text made safe to place in XML or HTML, as content or as a quoted attribute value: the feed and
 * the search documents write it. Control characters neither may hold are dropped.
 */
export function escapeMarkup(text: string): string {
  return stripControl(text).replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`,
  );
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Turns a Markdown or MDX fragment into the plain text a listener reads in a list or a feed app. */
export function markdownToText(markdown: string): string {
  const text = markdown
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/^\s*(import|export)\s.*$/gm, " ")
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, " ")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
    .replace(/(\*\*|__|~~)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, "$1")
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (match, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : match;
      }
      return entities[name.toLowerCase()] ?? match;
    });
  return stripControl(text).replace(/\s+/g, " ").trim();
}

const MORE = /<!--\s*more\s*-->/i;

/** The first paragraph of a Markdown body: headings, imports and component lines are not prose. */
function firstParagraph(body: string): string {
  const blocks = body.split(/\n\s*\n/);
  for (const block of blocks) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    if (/^(#{1,6}\s|import\s|export\s|<[A-Z]|<!--|```|\{[{%])/.test(trimmed)) continue;
    const text = markdownToText(trimmed);
    if (text) return text;
  }
  return "";
}

/**
 * The episode summary: `description`, else the text before `<!-- more -->`, else the first
 * paragraph of the show notes.
 */
export function summarize(body: string, description?: string): string {
  if (description?.trim()) return markdownToText(description);
  const more = MORE.exec(body);
  if (more) {
    const teaser = markdownToText(body.slice(0, more.index));
    if (teaser) return teaser;
  }
  return firstParagraph(body);
}

/** Cuts text at a word boundary so that it fits in `maxBytes` of UTF-8, adding an ellipsis. */
export function truncateBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  const chars = Array.from(text);
  let bytes = encoder.encode("…").length;
  let end = 0;
  while (end < chars.length && bytes + encoder.encode(chars[end]).length <= maxBytes) {
    bytes += encoder.encode(chars[end]).length;
    end++;
  }
  const cut = chars.slice(0, end).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `Ada Lovelace King` → `AK`: a guest's initials, shown where no photo is given. */
export const initials = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .filter((_, i, words) => i === 0 || i === words.length - 1)
    .map((word) => [...word][0])
    .join("")
    .toUpperCase();
