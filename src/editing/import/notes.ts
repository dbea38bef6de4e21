import TurndownService from "turndown";

/**
 * An item's show notes, HTML as the host's editor wrote them, as Markdown for the episode file:
 * links, lists, headings and emphasis kept, images as links to them (a page loads nothing from
 * another site); scripts, styles, players, forms and event
 * attributes dropped with their content; links and images kept only with a safe address. Text
 * stays text: what the feed writes as text (`&lt;b&gt;`) is escaped so that neither Markdown nor a
 * shortcode reads it as markup.
 */

const SAFE_LINK = /^(https?:|mailto:|\/|#)/i;
const SAFE_IMAGE = /^(https:|\/)/i;
const DROPPED = [
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "noscript",
  "template",
  "svg",
  "math",
  "audio",
  "video",
  "link",
  "meta",
  "head",
  "title",
] as const;

// Escaped wherever they stand: HTML and autolinks (`<`), character references (`&`), emphasis,
// code, links, GFM's tables (`|`) and strikethrough (`~`), and shortcodes (`{{`, `{%`: a `%` after
// a `{` or where a node starts, as a `{` may end the one before). One text
// node may end where the next begins (`&lt;<span>b&gt;</span>`), so none waits for a second
// character.
const INLINE = /[\\`*_[\]{<&|~]|(?<=\{|^)%/g;
/** What starts a block where a text node starts a line: headings, quotes, list items, underlines. */
const LINE_START = /^(?:>|(?:#{1,6}|-+|=+|\+|\d+[.)])(?=\s|$))/;
/** The rest of a list item's marker (`1` `. item`) where the text before it ended in digits. */
const MARKER_END = /^[.)](?=\s|$)/;
/** What the site reads as a Zola or Hugo shortcode, where no escape is possible (in code). */
const SHORTCODE = /\{[{%]/;

const escapeLast = (mark: string) => `${mark.slice(0, -1)}\\${mark.slice(-1)}`;

/** Text as Markdown that shows that text: nothing in it reads as markup. */
export function escapeText(text: string, afterDigits = false): string {
  const escaped = text.replace(INLINE, "\\$&").replace(LINE_START, escapeLast);
  return afterDigits ? escaped.replace(MARKER_END, escapeLast) : escaped;
}

/** A link's address as a Markdown link destination: nothing in it ends the link early or is a shortcode. */
const destination = (url: string) =>
  // eslint-disable-next-line no-control-regex
  url.replace(/[\s()<>{}\\\u0000-\u001F\u007F]/g, (c) =>
    c < "\u0080" ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}` : encodeURIComponent(c),
  );

/** A link's title between quotes, on one line, and no shortcode in it. */
const linkTitle = (title: string) =>
  `"${title
    .replace(/\s+/g, " ")
    .trim()
    .replace(/["\\{%]/g, "\\$&")}"`;

/** A fence longer than any run of backticks in the code. */
const fence = (code: string) => "`".repeat(Math.max(3, ...(code.match(/`+/g) ?? []).map((run) => run.length + 1)));

// Private-use marks, taken out of the feed's text, that stand in the Markdown until the end: a
// web address in the text (it becomes a link there, unless it is the text of a link, as links do
// not nest), and the start of each link (a `!` before it would make it an image).
const URL_MARK = /\uE000([^\uE001]*)\uE001/g;
const LINK = "\uE002";
const MARKS = /[\uE000-\uE002]/g;

// A web address in the text is a link, as GFM would make it, but written as one: an escape
// inside a bare address would end up in it.
const URL_IN_TEXT = /(?:https?:\/\/|(?<![A-Za-z0-9])www\.)[^\s<>]+/gi;

/** An address as GFM ends it: without the punctuation after it, or a `)` that closes no `(`. */
function trimUrl(url: string): string {
  let unclosed = (url.match(/\)/g)?.length ?? 0) - (url.match(/\(/g)?.length ?? 0);
  let end = url.length;
  while (end > 0 && (/[.,:;!?'"*_~\]]/.test(url[end - 1]) || (url[end - 1] === ")" && unclosed > 0))) {
    if (url[end - 1] === ")") unclosed--;
    end--;
  }
  return url.slice(0, end);
}

/** The text node before, while a conversion runs: turndown hands `escape` one node at a time. */
let previousText = "";

/** A text node's Markdown: escaped, with its web addresses marked. */
function markedText(text: string): string {
  let out = "";
  let at = 0;
  let afterDigits = /\d$/.test(previousText);
  previousText = text;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = trimUrl(match[0]);
    if (!url.includes(".", url.indexOf("//") + 2)) continue;
    out += `${escapeText(text.slice(at, match.index), afterDigits)}\uE000${url}\uE001`;
    at = match.index + url.length;
    afterDigits = false;
  }
  return out + escapeText(text.slice(at), afterDigits);
}

const link = (text: string, url: string, title?: string) =>
  `${LINK}[${text}](${destination(url)}${title ? ` ${linkTitle(title)}` : ""})`;

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: "atx",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "_",
    strongDelimiter: "**",
    linkStyle: "inlined",
  });
  service.escape = markedText;
  service.remove((node) => (DROPPED as readonly string[]).includes(node.nodeName.toLowerCase()));
  service.addRule("safe links", {
    filter: (node) => node.nodeName === "A",
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute("href")?.trim() ?? "";
      const text = content.replace(URL_MARK, (_mark, url: string) => escapeText(url));
      if (!text.trim()) return "";
      return SAFE_LINK.test(href) ? link(text, href, (node as HTMLElement).getAttribute("title")?.trim()) : text;
    },
  });
  // A page loads nothing from another site, so a host's image becomes a link to it.
  service.addRule("images as links", {
    filter: (node) => node.nodeName === "IMG",
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute("src")?.trim() ?? "";
      if (!SAFE_IMAGE.test(src)) return "";
      const alt = ((node as HTMLElement).getAttribute("alt") ?? "").replace(/\s+/g, " ").trim();
      return link(escapeText(alt) || "Image", src);
    },
  });
  // Code shows its text as it is, so a shortcode in it would run: such code becomes escaped text.
  service.addRule("code holding a shortcode", {
    filter: (node) => node.nodeName === "CODE" && SHORTCODE.test(node.textContent ?? ""),
    replacement: (_content, node) => escapeText((node.textContent ?? "").replace(/\s+/g, " ")),
  });
  // Every `<pre>`, with or without `<code>` in it, is a code block: its lines are never Markdown.
  service.addRule("preformatted", {
    filter: "pre",
    replacement: (_content, node) => {
      const code = (node.textContent ?? "").replace(/\n$/, "");
      if (SHORTCODE.test(code)) {
        const lines = code.split("\n").map((line) => escapeText(line.trim()));
        return `\n\n${lines.filter(Boolean).join("  \n")}\n\n`;
      }
      const language = /language-([\w+-]+)/.exec((node.firstChild as HTMLElement | null)?.className ?? "")?.[1] ?? "";
      return `\n\n${fence(code)}${language}\n${code}\n${fence(code)}\n\n`;
    },
  });
  return service;
}

/** Plain text, not HTML: hosts' descriptions are often only text with line breaks. */
const isPlainText = (text: string) => !/<[a-z][^>]*>/i.test(text);

export function notesToMarkdown(html: string): string {
  const source = html.replace(MARKS, "").trim();
  if (!source) return "";
  previousText = "";
  const input = isPlainText(source)
    ? source
        .split(/\n\s*\n/)
        .map(
          (p) =>
            `<p>${p
              .replace(/&(?![a-z#0-9]+;)/gi, "&amp;")
              .replace(/</g, "&lt;")
              .replace(/\n/g, "<br>")}</p>`,
        )
        .join("")
    : source;
  return turndown()
    .turndown(input)
    .replace(URL_MARK, (_mark, url: string) => link(escapeText(url), /^www\./i.test(url) ? `https://${url}` : url))
    .replace(new RegExp(`!${LINK}`, "g"), "\\!")
    .replaceAll(LINK, "")
    .replace(/[ \t]+$/gm, (space) => (space === "  " ? space : ""))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
