import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";
import { markdownToMdast, type MdastNode } from "satteri";

/**
 * The one policy for HTML in show notes, for the page and the feed alike: an allow-list of safe
 * HTML, kept by sanitize-html. Episode files come from guests and co-hosts as pull requests, so
 * a body is untrusted text. `unsafeHtml` reports, with its line, what the policy would remove from
 * a Markdown body, so that the content check stops the build on it; `sanitizeNotes` removes it
 * from the rendered HTML all the same, in case the check misses something.
 */

export interface HtmlPolicy {
  /** Host names whose iframes are kept, such as `www.youtube-nocookie.com` (the show config's `allowEmbeds`). */
  allowEmbeds: readonly string[];
}

/** The schemes a link or a source may use; anything else is refused. Paths of the site pass. */
export const URL_SCHEMES = ["http", "https", "mailto", "tel"];

/** The Markdown vocabulary, with the HTML that show notes commonly add. */
const TAGS = [
  ...["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "div", "span", "section"],
  ...["em", "strong", "b", "i", "u", "s", "del", "ins", "a", "img", "ul", "ol", "li", "dl", "dt", "dd", "input"],
  ...["table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"],
  ...["details", "summary", "figure", "figcaption", "kbd", "samp", "var", "sup", "sub", "mark", "abbr", "cite"],
  ...["q", "dfn", "time", "small", "wbr", "ruby", "rt", "rp", "bdi", "aside", "picture"],
  ...["audio", "video", "source", "track"],
];

/**
 * The `data-` attributes notes may keep: those GitHub-flavoured footnotes render with, which
 * nothing of ours reads. Any other is refused: the site's scripts (the player, the client router's
 * `data-astro-transition-persist`, scoped styles' `data-astro-cid-*`) read such attributes, and
 * notes must not drive them.
 */
const DATA_ATTRIBUTES = ["data-footnotes", "data-footnote-ref", "data-footnote-backref"];

const GLOBAL_ATTRIBUTES = ["id", "class", "title", "lang", "dir", "aria-*", "style", ...DATA_ATTRIBUTES];

/** URL-valued attributes, each checked against `URL_SCHEMES`. */
const URL_ATTRIBUTES = ["href", "src", "cite", "poster", "srcset"];

const ATTRIBUTES: Record<string, string[]> = {
  "*": GLOBAL_ATTRIBUTES,
  a: ["href", "hreflang"],
  img: ["src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"],
  audio: ["src", "controls", "preload", "loop", "muted"],
  video: ["src", "controls", "preload", "loop", "muted", "poster", "width", "height", "playsinline"],
  source: ["src", "srcset", "type", "media", "sizes"],
  track: ["src", "kind", "srclang", "label", "default"],
  // `loading` and `sandbox` are always set by the sanitizer, whatever the notes say.
  iframe: ["src", "width", "height", "allow", "allowfullscreen", "referrerpolicy", "loading", "sandbox"],
  details: ["open"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  td: ["colspan", "rowspan", "align"],
  th: ["colspan", "rowspan", "align", "scope"],
  col: ["span"],
  colgroup: ["span"],
  time: ["datetime"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  input: ["type", "checked", "disabled"],
  pre: ["tabindex"],
};

// Colours and emphasis, as syntax highlighting and table alignment write them; nothing that
// places, sizes or layers a box (`position`, `inset`, `z-index`, `width` …), nor any `url()`.
const COLOUR = [/^#[0-9a-f]{3,8}$/i, /^[a-z]+$/i, /^(rgb|hsl)a?\([\d\s.,%/]+\)$/i];
const STYLES: Record<string, RegExp[]> = {
  color: COLOUR,
  "background-color": COLOUR,
  "font-style": [/^(normal|italic|oblique)$/i],
  "font-weight": [/^(normal|bold|bolder|lighter|\d{3})$/i],
  "text-decoration": [/^[a-z\s-]+$/i],
  "text-align": [/^(left|right|center|justify|start|end)$/i],
  "overflow-x": [/^(auto|scroll|hidden|visible)$/i],
};

/** What a kept iframe may do: run its own player, but never navigate or cover the page. */
export const IFRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups";

// The collection marks Zola shortcodes with comments for the page to render (editing/shortcodes.ts).
const SHORTCODE_MARK = /<!--shortcode:[^>]*-->/g;
// The summary break is the one comment that editors write and that stays as written.
const MORE = /<!--\s*more\s*-->/gi;
// Markdown images of the page bundle: Astro marks them for its image pipeline, by an attribute
// whose JSON becomes the attributes of the final <img>.
const ASTRO_IMAGE = /__ASTRO_IMAGE_="([^"]*)"/g;
const HELD_IMAGE = "data-astro-image";
const IMAGE_KEYS = new Set(["src", "alt", "title", "index", "inferSize", "width", "height"]);
const HELD = /[\uE000-\uE002]/g;

/** Whether Astro's image mark holds nothing but an image reference (a raw `<img>` could forge one). */
function imageReference(encoded: string): boolean {
  try {
    const json = encoded
      .replace(/&(?:#x22|quot);/g, '"')
      .replace(/&(?:#x27|apos);/g, "'")
      .replace(/&(?:amp|#x26|#38);/g, "&");
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object") return false;
    const entries = Object.entries(value);
    const plain = entries.every(
      ([key, v]) => IMAGE_KEYS.has(key) && ["string", "number", "boolean"].includes(typeof v),
    );
    const src = (value as { src?: unknown }).src;
    return plain && typeof src === "string" && !badScheme(src);
  } catch {
    return false;
  }
}

const options = (policy: HtmlPolicy): sanitizeHtml.IOptions => ({
  allowedTags: policy.allowEmbeds.length ? [...TAGS, "iframe"] : TAGS,
  allowedAttributes: { ...ATTRIBUTES, img: [...ATTRIBUTES.img, HELD_IMAGE] },
  allowedSchemes: URL_SCHEMES,
  allowedSchemesAppliedToAttributes: URL_ATTRIBUTES,
  allowProtocolRelative: true,
  allowedIframeHostnames: [...policy.allowEmbeds],
  allowIframeRelativeUrls: false,
  allowedStyles: { "*": STYLES },
  disallowedTagsMode: "discard",
  selfClosing: ["img", "br", "hr", "input", "col", "wbr", "source", "track"],
  transformTags: {
    iframe: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, loading: "lazy", sandbox: IFRAME_SANDBOX },
    }),
    // Only the checkbox of a task list.
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, type: "checkbox", disabled: "" } }),
  },
  // An iframe whose source was refused is dropped whole rather than left empty.
  exclusiveFilter: (frame) => frame.tag === "iframe" && !frame.attribs.src,
});

const cache = new Map<string, sanitizeHtml.IOptions>();
const optionsOf = (policy: HtmlPolicy) => {
  const key = policy.allowEmbeds.join(" ");
  let known = cache.get(key);
  if (!known) cache.set(key, (known = options(policy)));
  return known;
};

/**
 * Rendered show notes with everything outside the policy removed. The shortcode marks in
 * `marks` (those the collection itself put there) and the `<!-- more -->` break are kept; every
 * other comment goes.
 */
export function sanitizeNotes(html: string, policy: HtmlPolicy, marks: ReadonlySet<string> = new Set()): string {
  const kept: string[] = [];
  const hold = (mark: string) => `\uE000${kept.push(mark) - 1}\uE001`;
  // Private-use characters carry the kept comments and image marks through the sanitizer; any the
  // notes hold themselves go first, so that nothing kept can be made to appear where it was not.
  let held = /<!--|__ASTRO_IMAGE_/.test(html) ? html.replace(HELD, "").replace(MORE, hold) : html;
  if (marks.size) held = held.replace(SHORTCODE_MARK, (mark) => (marks.has(mark) ? hold(mark) : ""));
  const images: string[] = [];
  if (held.includes("__ASTRO_IMAGE_")) {
    held = held.replace(ASTRO_IMAGE, (whole, encoded: string) =>
      imageReference(encoded) ? `${HELD_IMAGE}="\uE002${images.push(whole) - 1}"` : "",
    );
  }
  let clean = sanitizeHtml(held, optionsOf(policy));
  if (images.length) {
    clean = clean.replace(new RegExp(`${HELD_IMAGE}="\uE002(\\d+)"`, "g"), (_, i: string) => images[Number(i)] ?? "");
  }
  return kept.length ? clean.replace(/\uE000(\d+)\uE001/g, (_, i: string) => kept[Number(i)] ?? "") : clean;
}

/**
 * What the sanitized HTML depends on besides the file: the tables and the code of the policy. The
 * collection keeps rendered HTML between builds by a digest that includes this, so that HTML
 * stored under an older policy is never served again.
 */
export const policyDigest = (policy: HtmlPolicy) =>
  JSON.stringify([TAGS, ATTRIBUTES, URL_SCHEMES, `${String(options)}${String(sanitizeNotes)}`, policy.allowEmbeds]);

/** The shortcode marks of HTML that `markShortcodes` produced from a body, less any the body wrote itself. */
export function shortcodeMarks(marked: string, body: string): Set<string> {
  const forged = new Set(body.match(SHORTCODE_MARK) ?? []);
  return new Set((marked.match(SHORTCODE_MARK) ?? []).filter((mark) => !forged.has(mark)));
}

// -- The check --------------------------------------------------------------------------------

export interface HtmlProblem {
  /** The line of the body (counted from 1, or from `firstLine`). */
  line: number;
  message: string;
}

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
};

/** The scheme of a URL that `URL_SCHEMES` does not allow, as a browser reads it; else undefined. */
export function badScheme(url: string): string | undefined {
  // Browsers drop control characters and spaces before and inside a scheme (`java\tscript:`).
  const plain = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
  return scheme && !URL_SCHEMES.includes(scheme) ? `${scheme}:` : undefined;
}

export const SCHEMES_TEXT = "an http, https, mailto or tel URL or a path of the site";

const ALLOWED = new Set(TAGS);
const VOID = new Set(["br", "hr", "img", "input", "col", "wbr", "source", "track", "area", "base", "link", "meta"]);

function attributeAllowed(tag: string, name: string): boolean {
  const listed = [...GLOBAL_ATTRIBUTES, ...(ATTRIBUTES[tag] ?? [])];
  return listed.some((a) => (a.endsWith("*") ? name.startsWith(a.slice(0, -1)) : a === name));
}

function styleProblem(style: string): string | undefined {
  for (const declaration of style.split(";")) {
    if (!declaration.trim()) continue;
    const colon = declaration.indexOf(":");
    const property = (colon < 0 ? declaration : declaration.slice(0, colon)).trim().toLowerCase();
    const value = colon < 0 ? "" : declaration.slice(colon + 1).trim();
    if (!STYLES[property]?.some((pattern) => pattern.test(value))) return shorten(declaration);
  }
  return undefined;
}

const hostOf = (url: string) => {
  try {
    return new URL(url.trim(), "relative:/").host || undefined;
  } catch {
    return undefined;
  }
};

/** An htmlparser2 parser that also reports end tags that close nothing it saw open. */
class TagWalker extends Parser {
  source = "";
  onEndTag: (name: string, at: number) => void = () => {};
  override onclosetag(start: number, endIndex: number): void {
    this.onEndTag(this.source.slice(start, endIndex).toLowerCase(), start);
    super.onclosetag(start, endIndex);
  }
}

/** Walks the raw HTML of a body in order, keeping the elements it opened across fragments. */
class HtmlCheck {
  readonly problems: HtmlProblem[] = [];
  private readonly open: string[] = [];
  private readonly policy: HtmlPolicy;
  constructor(policy: HtmlPolicy) {
    this.policy = policy;
  }

  private report(line: number, found: string, advice = "remove it") {
    this.problems.push({ line, message: `expected safe HTML, found ${found}: ${advice}` });
  }

  private url(line: number, tag: string, attribute: string, value: string) {
    const urls = attribute === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/)[0]) : [value];
    for (const url of urls) {
      if (badScheme(url)) {
        this.problems.push({
          line,
          message: `expected ${SCHEMES_TEXT} in ${attribute} of <${tag}>, found ${shorten(url)}`,
        });
      }
    }
  }

  private tag(line: number, tag: string, attributes: Record<string, string>) {
    if (tag === "iframe") {
      const host = hostOf(attributes.src ?? "");
      if (!host || !this.policy.allowEmbeds.includes(host)) {
        const allowed = this.policy.allowEmbeds.length ? this.policy.allowEmbeds.join(", ") : "none yet";
        this.problems.push({
          line,
          message: `expected an <iframe> from a host of allowEmbeds in src/show.config.ts (${allowed}), found one from ${host ?? "no host"}: remove it, or add its host there`,
        });
        return;
      }
    } else if (!ALLOWED.has(tag)) {
      return this.report(line, `<${tag}>`);
    } else if (tag === "input" && attributes.type?.toLowerCase() !== "checkbox") {
      // Only a task list's checkbox, which the sanitizer makes disabled.
      return this.report(line, `<input type="${attributes.type ?? "text"}">`);
    }
    for (const [name, value] of Object.entries(attributes)) {
      if (!attributeAllowed(tag, name)) {
        const advice = name.startsWith("data-")
          ? "remove it (data- attributes are for the site's own scripts)"
          : undefined;
        this.report(line, `the ${name} attribute on <${tag}>`, advice);
      } else if (name === "style" && styleProblem(value)) {
        this.report(
          line,
          `style="${styleProblem(value)}" on <${tag}>`,
          `style may only set ${Object.keys(STYLES).join(", ")}`,
        );
      } else if (URL_ATTRIBUTES.includes(name)) this.url(line, tag, name, value);
    }
  }

  /** One raw HTML node of the body, starting on `line`. */
  fragment(html: string, line: number) {
    const lineAt = (index: number) => line + (html.slice(0, index).match(/\n/g)?.length ?? 0);
    for (const mark of html.matchAll(SHORTCODE_MARK)) {
      this.problems.push({
        line: lineAt(mark.index),
        message: `expected a shortcode written as {{ name() }}, found a hand-written ${shorten(mark[0])}: remove it`,
      });
    }
    const comments = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " "));
    const unclosed = comments.indexOf("<!--");
    if (unclosed >= 0) {
      this.problems.push({
        line: lineAt(unclosed),
        message: "expected a comment closed by -->, found <!-- with no end: it would hide the rest of the page",
      });
    }
    const cut = /<\/?[a-z][^>]*$/i.exec(comments.slice(0, unclosed < 0 ? undefined : unclosed));
    if (cut) {
      this.problems.push({ line: lineAt(cut.index), message: `expected a tag closed by >, found ${shorten(cut[0])}` });
    }
    const parser = new TagWalker(
      {
        onopentag: (name, attributes) => {
          this.tag(lineAt(parser.startIndex), name, attributes);
          if (!VOID.has(name)) this.open.push(name);
        },
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
    parser.source = html;
    parser.onEndTag = (name, at) => {
      if (VOID.has(name)) return;
      const index = this.open.lastIndexOf(name);
      if (index >= 0) this.open.length = index;
      else this.report(lineAt(at), `</${name}> that closes nothing the notes opened`);
    };
    parser.end(html);
  }
}

const DESTINATION = /\]\(\s*([^\s)]*)|\]:\s*(\S*)/g;

/**
 * Whether a Markdown body can only render to Markdown's own vocabulary with safe URLs: no raw HTML
 * but the `<!-- more -->` break, no entity or backslash escape that could spell a scheme, and no
 * link or image destination with a refused scheme. Most episodes are such plain Markdown; they need
 * neither the check's parse nor the sanitizer, which matters with thousands of episodes.
 */
export function plainMarkdown(body: string): boolean {
  const text = body.includes("<!--") ? body.replace(MORE, "") : body;
  if (/[<&\\]/.test(text)) return false;
  for (const [, link, definition] of text.matchAll(DESTINATION)) if (badScheme(link ?? definition ?? "")) return false;
  return true;
}

type Node = MdastNode & { type: string; value?: string; url?: string; children?: Node[] };

/**
 * What the policy would remove from a Markdown body, or refuse in its links, by line. Code spans
 * and code blocks are text, not HTML: what they hold is never reported.
 */
export function unsafeHtml(body: string, policy: HtmlPolicy, firstLine = 1): HtmlProblem[] {
  if (plainMarkdown(body)) return [];
  const check = new HtmlCheck(policy);
  const visit = (node: Node) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    if (node.type === "html" && node.value) check.fragment(node.value, line);
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && badScheme(node.url ?? "")) {
      const what = node.type === "image" ? "an image" : "a link";
      check.problems.push({ line, message: `expected ${what} to ${SCHEMES_TEXT}, found ${shorten(node.url!)}` });
    }
    node.children?.forEach(visit);
  };
  visit(markdownToMdast(body, { features: { gfm: true, smartPunctuation: true, frontmatter: false } }) as Node);
  return check.problems.sort((a, b) => a.line - b.line);
}
