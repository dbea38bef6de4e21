// A small scanner for the HTML this site builds: tags with their attributes, in document order,
// and the text of inline scripts and styles. Enough for the budget checks; not a full HTML parser.

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Names of the open elements around this one, outermost first (void elements never open). */
  ancestors: string[];
}

export interface ScannedPage {
  tags: Tag[];
  /** Bodies of inline `<script>` elements that hold JavaScript (not JSON data). */
  inlineScripts: string[];
  /** Bodies of `<style>` elements. */
  styles: string[];
}

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { tags: [], inlineScripts: [], styles: [] };
  const open: string[] = [];
  const source = html.replace(/<!--[\s\S]*?-->/g, "");
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(source))) {
    const [, closing, rawName, rest] = m;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    const attrs = parseAttributes(rest.replace(/\/$/, ""));
    page.tags.push({ name, attrs, ancestors: [...open] });
    if (name === "script" || name === "style") {
      const end = source.indexOf(`</${name}`, tag.lastIndex);
      const body = source.slice(tag.lastIndex, end < 0 ? undefined : end);
      if (name === "style") page.styles.push(body);
      else if (!attrs.src && JS_TYPES.has((attrs.type ?? "").toLowerCase())) page.inlineScripts.push(body);
      tag.lastIndex = end < 0 ? source.length : end;
      continue;
    }
    if (!VOID.has(name) && !rest.trim().endsWith("/")) open.push(name);
  }
  return page;
}
