import TurndownService from "turndown";

/**
 * An item's show notes, HTML as the host's editor wrote them, as Markdown for the episode file:
 * links, lists, headings and emphasis kept, images as links to them (a page loads nothing from
 * another site); scripts, styles, players, forms and event
 * attributes dropped with their content; links and images kept only with a safe address.
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
  service.remove((node) => (DROPPED as readonly string[]).includes(node.nodeName.toLowerCase()));
  service.addRule("safe links", {
    filter: (node) => node.nodeName === "A",
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute("href")?.trim() ?? "";
      if (!content.trim()) return "";
      if (!SAFE_LINK.test(href)) return content;
      const title = (node as HTMLElement).getAttribute("title");
      return `[${content}](${href.replace(/[()]/g, (c) => encodeURIComponent(c))}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`;
    },
  });
  // A page loads nothing from another site, so a host's image becomes a link to it.
  service.addRule("images as links", {
    filter: (node) => node.nodeName === "IMG",
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute("src")?.trim() ?? "";
      if (!SAFE_IMAGE.test(src)) return "";
      const alt = ((node as HTMLElement).getAttribute("alt") ?? "").replace(/[[\]]/g, "").trim();
      return `[${alt || "Image"}](${src.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
    },
  });
  return service;
}

/** Plain text, not HTML: hosts' descriptions are often only text with line breaks. */
const isPlainText = (text: string) => !/<[a-z][^>]*>/i.test(text);

export function notesToMarkdown(html: string): string {
  const source = html.trim();
  if (!source) return "";
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
    .replace(/[ \t]+$/gm, (space) => (space === "  " ? space : ""))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
