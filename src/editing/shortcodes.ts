import { lineFinder, TextLines } from "../podcast/text.ts";
import { NOTES_LIMITS } from "./notes-bounds.ts";
import type { Problem } from "../problems.ts";

/**
 * Zola shortcodes in Markdown bodies: `{{ name(arg="x") }}` and `{% name(arg="x") %}body{% end %}`,
 * and Hugo's: `{{< name arg="x" >}}`, `{{% name "positional" %}}body{{% /name %}}`.
 * A shortcode named `x` renders the component `src/shortcodes/x.astro`, its arguments as props and
 * its body as the slot. `{{/* … *\/}}` and `{%/* … *\/%}` print the shortcode as text, as in Zola.
 *
 * Markdown is rendered first with the shortcodes replaced by HTML comments that carry the call, so
 * the fast Markdown processor renders every file; the episode page then splits the HTML at those
 * comments and renders the components in their place.
 */

export type ShortcodeValue = string | number | boolean | ShortcodeValue[];

export interface Shortcode {
  name: string;
  args: Record<string, ShortcodeValue>;
  /** The line of the file the shortcode starts on. */
  line: number;
  /** `{% name() %}…{% end %}`: it has a body. */
  block: boolean;
}

export interface ShortcodeProblem {
  line: number;
  /** The shortcode as written, shortened, for the message. */
  found: string;
  message: string;
}

type Token =
  | { kind: "call" | "open"; start: number; end: number; shortcode: Shortcode; hugo?: "open" | "closed" }
  | { kind: "close"; start: number; end: number; line: number; name?: string }
  | { kind: "escaped"; start: number; end: number; text: string };

/**
 * Hugo's positional arguments arrive as `_0`, `_1`, …; for the components of `src/shortcodes/`
 * they also fill the props Hugo's own shortcodes take in that order (`{{< youtube abc >}}`).
 */
export const POSITIONAL: Record<string, string[]> = {
  youtube: ["id"],
  figure: ["src"],
  note: ["title"],
  quote: ["author"],
};

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const HUGO_NAME = /[A-Za-z_][\w-]*(?:\/[\w-]+)*/y;
const SPACE = /\s*/y;

class Cursor {
  readonly text: string;
  at: number;
  constructor(text: string, at: number) {
    this.text = text;
    this.at = at;
  }
  space() {
    SPACE.lastIndex = this.at;
    SPACE.exec(this.text);
    this.at = SPACE.lastIndex;
  }
  peek(literal: string): boolean {
    this.space();
    return this.text.startsWith(literal, this.at);
  }
  eat(literal: string): boolean {
    if (!this.peek(literal)) return false;
    this.at += literal.length;
    return true;
  }
  ident(pattern = IDENT): string | undefined {
    this.space();
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.text);
    if (!match) return undefined;
    this.at = pattern.lastIndex;
    return match[0];
  }
}

function parseValue(cursor: Cursor): ShortcodeValue {
  cursor.space();
  const quote = cursor.text[cursor.at];
  if (quote === '"' || quote === "'" || quote === "`") {
    const end = cursor.text.indexOf(quote, cursor.at + 1);
    if (end < 0) throw new SyntaxError(`a closing ${quote}`);
    const value = cursor.text.slice(cursor.at + 1, end);
    cursor.at = end + 1;
    return value;
  }
  if (cursor.eat("[")) {
    const list: ShortcodeValue[] = [];
    while (!cursor.eat("]")) {
      list.push(parseValue(cursor));
      if (!cursor.eat(",") && !cursor.peek("]")) throw new SyntaxError("] or ,");
    }
    return list;
  }
  const number = /-?\d+(?:\.\d+)?/y;
  number.lastIndex = cursor.at;
  const digits = number.exec(cursor.text);
  if (digits) {
    cursor.at = number.lastIndex;
    return Number(digits[0]);
  }
  const word = cursor.ident();
  if (word === "true" || word === "false") return word === "true";
  throw new SyntaxError('a value: "text", a number, true, false or a [list]');
}

/** `(key=value, …)` after the name; the cursor stands on `(`. */
function parseArgs(cursor: Cursor): Record<string, ShortcodeValue> {
  const args: Record<string, ShortcodeValue> = {};
  cursor.eat("(");
  while (!cursor.eat(")")) {
    const key = cursor.ident();
    if (!key) throw new SyntaxError("an argument name or )");
    if (!cursor.eat("=")) throw new SyntaxError(`= after ${key}`);
    args[key] = parseValue(cursor);
    if (!cursor.eat(",") && !cursor.peek(")")) throw new SyntaxError(", or )");
  }
  return args;
}

const hugoCloser = (delimiter: string) => `${delimiter === "<" ? ">" : "%"}}}`;

/** A Hugo argument value: `"text"` (with `\\"` inside), `` `raw` ``, or a bare word up to a space. */
function parseHugoValue(cursor: Cursor, closer: string): ShortcodeValue {
  cursor.space();
  const quote = cursor.text[cursor.at];
  if (quote === '"') {
    let value = "";
    for (let i = cursor.at + 1; i < cursor.text.length; i++) {
      const char = cursor.text[i];
      if (char === "\\" && cursor.text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === "\n") break;
      else if (char === '"') {
        cursor.at = i + 1;
        return value;
      } else value += char;
    }
    throw new SyntaxError('a closing "');
  }
  if (quote === "`") {
    const end = cursor.text.indexOf("`", cursor.at + 1);
    if (end < 0) throw new SyntaxError("a closing `");
    const value = cursor.text.slice(cursor.at + 1, end);
    cursor.at = end + 1;
    return value;
  }
  let end = cursor.at;
  while (end < cursor.text.length && !/\s/.test(cursor.text[end]) && !cursor.text.startsWith(closer, end)) end++;
  const word = cursor.text.slice(cursor.at, end);
  if (!word) throw new SyntaxError('a value: "text" or a word');
  cursor.at = end;
  if (/^-?\d+(\.\d+)?$/.test(word)) return Number(word);
  return word === "true" || word === "false" ? word === "true" : word;
}

/** Hugo's `name="value"` or positional arguments, up to the closer (or `/` before it). */
function parseHugoArgs(cursor: Cursor, name: string, closer: string, escaped: boolean): Record<string, ShortcodeValue> {
  const named: Record<string, ShortcodeValue> = {};
  const positional: ShortcodeValue[] = [];
  for (;;) {
    if (cursor.peek(closer) || cursor.peek(`/${closer}`) || (escaped && cursor.peek("*/"))) break;
    if (cursor.at >= cursor.text.length) throw new SyntaxError(closer);
    const before = cursor.at;
    const key = cursor.ident();
    if (key && cursor.eat("=")) {
      named[key] = parseHugoValue(cursor, closer);
      continue;
    }
    cursor.at = before;
    positional.push(parseHugoValue(cursor, closer));
  }
  if (positional.length && Object.keys(named).length) {
    throw new SyntaxError("either named or positional arguments, as Hugo allows only one kind");
  }
  const args: Record<string, ShortcodeValue> = { ...named };
  positional.forEach((value, index) => {
    args[`_${index}`] = value;
    const prop = POSITIONAL[name]?.[index];
    if (prop) args[prop] = value;
  });
  return args;
}

/** A Hugo tag at `start`: `{{< name args >}}`, `{{% name %}}`, `{{< /name >}}`, or one escaped as Hugo escapes it. */
function hugoToken(body: string, start: number, line: number): Token | undefined {
  const delimiter = body[start + 2];
  const closer = hugoCloser(delimiter);
  const cursor = new Cursor(body, start + 3);
  const escaped = cursor.eat("/*");
  const closing = cursor.eat("/");
  const name = cursor.ident(HUGO_NAME);
  if (!name) return undefined;
  const args = closing ? {} : parseHugoArgs(cursor, name, closer, escaped);
  if (escaped && !cursor.eat("*/")) throw new SyntaxError("*/");
  const selfClosed = !closing && cursor.eat(`/${closer}`);
  if (!selfClosed && !cursor.eat(closer)) throw new SyntaxError(closer);
  const end = cursor.at;
  if (escaped) {
    const inner = body.slice(start + 3, end - 3).trim();
    return { kind: "escaped", start, end, text: `{{${delimiter} ${inner.slice(2, -2).trim()} ${closer}` };
  }
  if (closing) return { kind: "close", start, end, line, name };
  const shortcode = { name, args, line, block: false };
  return { kind: "call", start, end, shortcode, hugo: selfClosed ? "closed" : "open" };
}

/**
 * Hugo knows a shortcode has a body only by its closing tag further on: each closing tag makes the
 * nearest unclosed opening tag of its name a block; the rest stay calls.
 */
function pairHugo(tokens: Token[], problems: ShortcodeProblem[]): Token[] {
  type Call = Extract<Token, { shortcode: Shortcode }>;
  const pending: Call[] = [];
  // How many of `pending` each name has: a closing tag of no pending name is told without a search.
  const named = new Map<string, number>();
  const count = (name: string, by: number) => named.set(name, (named.get(name) ?? 0) + by);
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.kind === "call" && token.hugo === "open") {
      pending.push(token);
      count(token.shortcode.name, 1);
    }
    if (token.kind === "close" && token.name) {
      const index = named.get(token.name) ? pending.findLastIndex((t) => t.shortcode.name === token.name) : -1;
      if (index < 0) {
        problems.push({
          line: token.line,
          found: `{{< /${token.name} >}}`,
          message: `expected {{< /${token.name} >}} only after a {{< ${token.name} >}} it closes, found it alone`,
        });
        continue;
      }
      const opening = pending[index];
      opening.kind = "open";
      opening.shortcode.block = true;
      for (const dropped of pending.splice(index)) count(dropped.shortcode.name, -1);
    }
    out.push(token);
  }
  return out;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** Finds every shortcode, end tag and escaped shortcode in a body, in order. */
function tokenize(body: string, firstLine: number): { tokens: Token[]; problems: ShortcodeProblem[] } {
  const tokens: Token[] = [];
  const problems: ShortcodeProblem[] = [];
  const lineAt = lineFinder(body, firstLine);
  const opener = /\{\{[<%]|\{\{|\{%/g;
  for (let match = opener.exec(body); match; match = opener.exec(body)) {
    const start = match.index;
    if (match[0].length === 3) {
      const closer = hugoCloser(match[0][2]);
      const line = lineAt(start);
      try {
        const token = hugoToken(body, start, line);
        if (!token) continue;
        tokens.push(token);
        opener.lastIndex = token.end;
      } catch (error) {
        const stop = body.indexOf(closer, start);
        const found = shorten(body.slice(start, stop < 0 ? start + 60 : stop + 3));
        problems.push({
          line,
          found,
          message: `expected a shortcode like {{${match[0][2]} name arg="value" ${closer} with ${(error as Error).message}, found ${found}`,
        });
        opener.lastIndex = stop < 0 ? body.length : stop + 3;
      }
      continue;
    }
    const inline = match[0] === "{{";
    const closer = inline ? "}}" : "%}";
    const cursor = new Cursor(body, start + 2);
    const escaped = cursor.eat("/*");
    const name = cursor.ident();
    // `{{ x }}`, `{% if %}`: template syntax that is not a shortcode stays text, as Zola leaves it.
    if (!name) continue;
    const isEnd = !inline && name === "end";
    if (!isEnd && !cursor.peek("(")) continue;
    const line = lineAt(start);
    try {
      const args = isEnd ? {} : parseArgs(cursor);
      if (escaped && !cursor.eat("*/")) throw new SyntaxError("*/");
      if (!cursor.eat(closer)) throw new SyntaxError(closer);
      const end = cursor.at;
      if (escaped) {
        const inner = body.slice(start + 2, end - 2).trim();
        const text = `${inline ? "{{" : "{%"} ${inner.slice(2, -2).trim()} ${closer}`;
        tokens.push({ kind: "escaped", start, end, text });
      } else if (isEnd) {
        tokens.push({ kind: "close", start, end, line });
      } else {
        const shortcode = { name, args, line, block: !inline };
        tokens.push({ kind: inline ? "call" : "open", start, end, shortcode });
      }
      opener.lastIndex = end;
    } catch (error) {
      const stop = body.indexOf(closer, start);
      const found = shorten(body.slice(start, stop < 0 ? start + 60 : stop + 2));
      problems.push({
        line,
        found,
        message: `expected a shortcode like ${inline ? '{{ name(arg="value") }}' : '{% name(arg="value") %}'} with ${(error as Error).message}, found ${found}`,
      });
      opener.lastIndex = stop < 0 ? body.length : stop + 2;
    }
  }
  return { tokens: pairHugo(tokens, problems), problems };
}

/** Every shortcode a body uses, with the problems of those written wrongly or left unclosed. */
export function findShortcodes(body: string, firstLine = 1): { shortcodes: Shortcode[]; problems: ShortcodeProblem[] } {
  const { tokens, problems } = tokenize(body, firstLine);
  const shortcodes: Shortcode[] = [];
  const open: Shortcode[] = [];
  for (const token of tokens) {
    if (token.kind === "call") shortcodes.push(token.shortcode);
    if (token.kind === "open") {
      shortcodes.push(token.shortcode);
      open.push(token.shortcode);
    }
    if (token.kind === "close" && !open.pop()) {
      problems.push({
        line: token.line,
        found: "{% end %}",
        message: "expected {% end %} only after a {% name() %} it closes, found it alone",
      });
    }
  }
  for (const unclosed of open) {
    problems.push({
      line: unclosed.line,
      found: `{% ${unclosed.name}() %}`,
      message: `expected {% end %} to close {% ${unclosed.name}() %}, found none`,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  // The first hundred say what to fix; 100,000 would be more than a list of them can hold.
  return { shortcodes, problems: problems.slice(0, NOTES_LIMITS.problems) };
}

const MARK = "shortcode";

function encode(shortcode: Shortcode): string {
  return Buffer.from(JSON.stringify(shortcode), "utf8").toString("base64");
}

/**
 * The body with every shortcode written over with spaces, lines kept: what the Markdown around
 * them says, for checks that must not read a shortcode's arguments as Markdown or HTML.
 */
export function blankShortcodes(body: string): string {
  const { tokens } = tokenize(body, 1);
  let out = "";
  let at = 0;
  for (const token of tokens) {
    out += body.slice(at, token.start) + body.slice(token.start, token.end).replace(/[^\n]/g, " ");
    at = token.end;
  }
  return out + body.slice(at);
}

/**
 * The body with each shortcode replaced by an HTML comment that Markdown passes through. A
 * shortcode alone on its line becomes a block of its own, so that a component that renders a
 * `<figure>` or an `<aside>` is not wrapped in a paragraph, and a block's body stays Markdown.
 */
export function markShortcodes(body: string): string {
  const { tokens } = tokenize(body, 1);
  const lines = new TextLines(body);
  let out = "";
  let at = 0;
  tokens.forEach((token, index) => {
    const lineStart = lines.start(token.start);
    const lineEnd = lines.end(token.end);
    // Only what lies between the line's start and this token is read (another token on the line
    // before it is not blank), so that many shortcodes on one long line cost one pass of it.
    const before = body.slice(lineStart, token.start);
    const blankBefore = lineStart >= at && !/\S/.test(before);
    const alone = blankBefore && !/\S/.test(body.slice(token.end, lineEnd));
    let mark: string;
    if (token.kind === "escaped") mark = token.text;
    else if (token.kind === "close") mark = `<!--${MARK}:close-->`;
    else mark = `<!--${MARK}:${token.kind}:${index}:${encode(token.shortcode)}-->`;
    if (alone && token.kind !== "escaped") {
      out += `${body.slice(at, lineStart)}\n${before}${mark}\n`;
      at = lineEnd;
    } else {
      out += body.slice(at, token.start) + mark;
      at = token.end;
    }
  });
  return out + body.slice(at);
}

export type NotesNode =
  { type: "html"; html: string } | { type: "shortcode"; shortcode: Shortcode; children?: NotesNode[] };

const MARKER = new RegExp(`<!--${MARK}:(call|open|close)(?::\\d+:([A-Za-z0-9+/=]+))?-->`, "g");

/** Splits rendered show notes at the shortcode comments into HTML and shortcodes to render. */
export function splitNotes(html: string): NotesNode[] {
  const root: NotesNode[] = [];
  const stack: NotesNode[][] = [root];
  let at = 0;
  for (const match of html.matchAll(MARKER)) {
    const current = stack[stack.length - 1];
    if (match.index > at) current.push({ type: "html", html: html.slice(at, match.index) });
    at = match.index + match[0].length;
    const [, kind, payload] = match;
    if (kind === "close") {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const shortcode = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as Shortcode;
    const node: NotesNode = { type: "shortcode", shortcode };
    current.push(node);
    if (kind === "open") {
      node.children = [];
      stack.push(node.children);
    }
  }
  if (at < html.length) stack[stack.length - 1].push({ type: "html", html: html.slice(at) });
  return root;
}

/** Where the component of a shortcode lives, relative to the project. */
export const shortcodeComponent = (name: string) => `src/shortcodes/${name}.astro`;

/** The problem of a shortcode whose component does not exist. */
export const missingComponent = (file: string, shortcode: Shortcode): Problem => ({
  file,
  line: shortcode.line,
  field: `shortcode ${shortcode.name}`,
  message: `expected a component at ${shortcodeComponent(shortcode.name)}, found no file there: create it, or remove the shortcode`,
});

/** Whether rendered show notes hold shortcodes to render. */
export const hasShortcodes = (html: string | undefined) => Boolean(html?.includes(`<!--${MARK}:`));
