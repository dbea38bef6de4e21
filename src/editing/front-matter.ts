import yaml from "js-yaml";
import { parse as parseToml } from "smol-toml";
import { readDate } from "../podcast/dates.ts";
import { UnquotedNumber } from "../podcast/messages.ts";

/** An episode file split the way Astro splits it, with what is needed to point at a line. */
export interface FrontMatter {
  format: "yaml" | "toml" | "none";
  data: Record<string, unknown>;
  /** The line of the opening `---` or `+++` (counted from 1). */
  line: number;
  /** The front matter's lines: `lines[i]` is line `line + i` of the file. */
  lines: string[];
  body: string;
  /** The line the body starts on. */
  bodyLine: number;
  /** Malformed front matter: where, what is wrong, and the field when one is to blame. */
  error?: { line: number; message: string; field?: string };
}

/** Front matter that is there to read. */
type Block = FrontMatter & { format: "yaml" | "toml" };

/** Front matter is a page of settings: these bounds stop a hostile file, never a real one. */
export const FRONT_MATTER_LIMITS = {
  /** Bytes of front matter. */
  bytes: 64 * 1024,
  /** Values (fields, list items) once YAML aliases are expanded: a "billion laughs" file has millions. */
  values: 10_000,
};

// The same pattern Astro's parser uses, so that both agree on where the front matter is; the
// closing delimiter is captured to reject `---` closed by `+++`, which Astro would accept.
const FRONT = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(---|\+\+\+)/;
const OPENING = /^\uFEFF?\s*?(---|\+\+\+)/;

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/**
 * YAML reads only plain decimal numbers as numbers. Every other form that YAML 1.1 or 1.2 would
 * read as one (`1e2`, `0x10`, `0o17`, `05124`, `1_000`, `+5`, `.inf`), and integers too big to keep
 * exactly, become an `UnquotedNumber` that every field rejects with what was written. Dates stay
 * text (no YAML timestamps), so that the schema checks the calendar and reads the show's time zone.
 */
const plainInt = new yaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (text: string) => /^-?(?:0|[1-9]\d*)$/.test(text) && Number.isSafeInteger(Number(text)),
  construct: Number,
});
const plainFloat = new yaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (text: string) => /^-?(?:0|[1-9]\d*)\.\d+$/.test(text),
  construct: Number,
});
const otherNumber = new yaml.Type("tag:podcast-site,number-form", {
  kind: "scalar",
  resolve: (text: string) =>
    /^[-+]?(?:0[xob][\da-f_]+|[\d_]*\.?[\d_]+(?:e[-+]?[\d_]+)?|\.(?:inf|nan))$/i.test(text) && /[\d.]/.test(text),
  construct: (text: string) => new UnquotedNumber(text),
});
// js-yaml exports its built-in types at run time; its type declarations leave them out.
const { types } = yaml as unknown as { types: Record<"null" | "bool" | "merge", yaml.Type> };
const SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, plainInt, plainFloat, otherNumber, types.merge],
});

/** Counts the values of parsed front matter, stopping past the limit: aliases make a DAG explode. */
function tooManyValues(value: unknown, budget = { left: FRONT_MATTER_LIMITS.values }): boolean {
  if (--budget.left < 0) return true;
  if (value && typeof value === "object" && !(value instanceof Date) && !(value instanceof UnquotedNumber)) {
    for (const child of Object.values(value)) if (tooManyValues(child, budget)) return true;
  }
  return false;
}

export function readFrontMatter(source: string): FrontMatter {
  const match = FRONT.exec(source);
  if (!match) {
    const opening = OPENING.exec(source);
    const base = { format: "none" as const, data: {}, lines: [], body: source, bodyLine: 1, line: 1 };
    if (!opening) return base;
    const line = lineOf(source, opening.index + opening[0].length);
    return {
      ...base,
      format: opening[1] === "+++" ? "toml" : "yaml",
      line,
      error: { line, message: `expected a closing ${opening[1]} line after the front matter, found none` },
    };
  }
  const [whole, delimiter, raw, closing] = match;
  const start = match.index + whole.length - raw.length - delimiter.length - closing.length;
  const line = lineOf(source, start);
  const bodyStart = match.index + whole.length;
  const format = delimiter === "+++" ? "toml" : "yaml";
  const result: Block = {
    format,
    data: {},
    line,
    lines: raw.split(/\r?\n/),
    body: source.slice(bodyStart),
    bodyLine: lineOf(source, bodyStart),
  };
  return parse(result, raw, closing !== delimiter ? mixedError(result, closing) : undefined);
}

/**
 * A whole YAML file, such as a guest profile, read the way front matter is: the same types, limits
 * and messages, so that a hostile profile is refused as a hostile episode is. Lines count from the
 * file's first; there is no body.
 */
export function readYamlFile(source: string): FrontMatter {
  const lines = source.split(/\r?\n/);
  return parse({ format: "yaml", data: {}, line: 1, lines, body: "", bodyLine: lines.length + 1 }, source);
}

/** Reads the data of `raw`, the text of `front.lines`, into `front`, or the first error found. */
function parse(front: Block, raw: string, error?: FrontMatter["error"]): FrontMatter {
  const { format, line } = front;
  front.error = limitError(raw, line) ?? error;
  if (front.error) return front;
  try {
    const parsed = format === "toml" ? parseToml(raw) : yaml.load(raw, { schema: SCHEMA });
    front.data =
      parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    if (tooManyValues(front.data)) {
      front.error = {
        line,
        message: `expected front matter of at most ${FRONT_MATTER_LIMITS.values} values, found more once its YAML aliases (*name) are expanded: write the values out`,
      };
    } else if (format === "toml") {
      front.error = tomlLiteralError(front.lines, line);
    }
  } catch (error) {
    front.error = syntaxError(error, format, line);
  }
  return front;
}

const encoder = new TextEncoder();

function limitError(raw: string, line: number): FrontMatter["error"] {
  // A character is at most 3 UTF-8 bytes (a surrogate pair, 2 characters, 4): most files need no count.
  if (raw.length * 3 <= FRONT_MATTER_LIMITS.bytes) return undefined;
  const bytes = encoder.encode(raw).length;
  if (bytes <= FRONT_MATTER_LIMITS.bytes) return undefined;
  return {
    line,
    message: `expected front matter of at most ${FRONT_MATTER_LIMITS.bytes / 1024} KB, found ${Math.ceil(bytes / 1024)} KB: show notes belong below it`,
  };
}

function mixedError(front: FrontMatter, closing: string): FrontMatter["error"] {
  const opening = front.format === "toml" ? "+++" : "---";
  return {
    line: front.line + front.lines.length - 1,
    message: `expected a closing ${opening} line, as the front matter opens with ${opening}, found ${closing}`,
  };
}

/**
 * TOML reads `1e2`, `0x10` and `1_000` as numbers and turns `2024-02-30` into March 1, leaving no
 * trace of what was written: the literals are checked in the text itself.
 */
function tomlLiteralError(lines: string[], first: number): FrontMatter["error"] {
  for (const [index, text] of lines.entries()) {
    // Strings and comments are blanked so that only literals remain.
    const code = text.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""').replace(/#.*$/, "");
    for (const found of code.matchAll(/(?:=|\[|,)\s*([-+\w.:]+(?:[ T]\d{2}:[\w.:+-]+)?)/g)) {
      const value = found[1];
      // The field is the nearest key before the value: `length` in `audio = { length = 1e2 }`.
      const keys = [...code.slice(0, found.index + 1).matchAll(/([\w-]+)"?\s*=/g)];
      const field = keys.at(-1)?.[1] ?? "front matter";
      if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
        const read = readDate(value);
        if ("problem" in read) return { line: first + index, field, message: read.problem };
      } else if (
        /^[-+]?[\d.]/.test(value) &&
        !/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(value) &&
        !/^\d{2}:\d{2}/.test(value)
      ) {
        return { line: first + index, field, message: `expected a number in digits only, found ${value}` };
      } else if (/^[-+]?(inf|nan)$/.test(value)) {
        return { line: first + index, field, message: `expected a number in digits only, found ${value}` };
      }
    }
  }
  return undefined;
}

/** js-yaml reports a 0-based line of the raw block, smol-toml a 1-based one. */
function syntaxError(error: unknown, format: "yaml" | "toml", line: number) {
  if (error instanceof RangeError) {
    return {
      line,
      message: `expected valid ${format.toUpperCase()}, found values nested deeper than the parser can follow`,
    };
  }
  const e = error as { mark?: { line: number }; reason?: string; line?: number; message?: string };
  if (format === "yaml") {
    return {
      line: line + (e.mark?.line ?? 0),
      message: `expected valid YAML, found ${e.reason ?? e.message?.split("\n")[0] ?? "a syntax error"}`,
    };
  }
  const reason = (e.message ?? "a syntax error").split("\n")[0].replace(/^Invalid TOML document:\s*/, "");
  return { line: line + Math.max(0, (e.line ?? 1) - 1), message: `expected valid TOML, found ${reason}` };
}

type Path = readonly PropertyKey[];

/** The line that holds a field, for messages; the opening line when the field is not written. */
export function fieldLine(front: FrontMatter, path: Path): number {
  const index = front.format === "toml" ? tomlIndex(front.lines, path) : yamlIndex(front.lines, path);
  return index === undefined ? front.line : front.line + index;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);

/** Where the lines nested under `lines[start]` end: deeper lines, and for a key, its `- ` items. */
function blockEnd(lines: string[], start: number, indent: number, isItem: boolean): number {
  for (let i = start + 1; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    const depth = indentOf(lines[i]);
    if (depth > indent || (!isItem && depth === indent && /^\s*-(\s|$)/.test(lines[i]))) continue;
    return i;
  }
  return lines.length;
}

function yamlIndex(lines: string[], path: Path): number | undefined {
  let from = 0;
  let to = lines.length;
  let found: number | undefined;
  for (const [depth, part] of path.entries()) {
    let hit: number | undefined;
    if (typeof part === "number") {
      let itemIndent: number | undefined;
      let count = -1;
      for (let i = from + 1; i < to && hit === undefined; i++) {
        const item = /^(\s*)-(\s|$)/.exec(lines[i]);
        if (!item || (itemIndent !== undefined && item[1].length !== itemIndent)) continue;
        itemIndent = item[1].length;
        if (++count === part) hit = i;
      }
      if (hit === undefined) return found;
      to = blockEnd(lines, hit, itemIndent!, true);
    } else {
      const key = new RegExp(
        `^(\\s*(?:-\\s+)?)(?:${escape(String(part))}|"${escape(String(part))}"|'${escape(String(part))}')\\s*:`,
      );
      const start = depth === 0 ? 0 : from;
      // A top-level field may also sit under Zola's `extra`: take it at any depth if not at the top.
      const candidates = [...Array(to - start).keys()].map((k) => k + start);
      hit =
        candidates.find((i) => key.exec(lines[i])?.[1].length === 0) ??
        candidates.find((i) => key.test(lines[i]) && (depth > 0 || indentOf(lines[i]) > 0));
      if (hit === undefined) return found;
      to = blockEnd(lines, hit, key.exec(lines[hit])![1].length, false);
    }
    from = hit;
    found = hit;
  }
  return found;
}

interface TomlLine {
  index: number;
  /** The table the line belongs to, without Zola's `extra.` prefix ("" for the top level). */
  table: string;
  header?: "table" | "array";
  key?: string;
}

function tomlLines(lines: string[]): TomlLine[] {
  const out: TomlLine[] = [];
  let table = "";
  const plain = (name: string) =>
    name
      .replace(/["'\s]/g, "")
      .replace(/^extra(\.|$)/, "")
      .trim();
  lines.forEach((line, index) => {
    const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?/.exec(line);
    if (header) {
      table = plain(header[2]);
      out.push({ index, table, header: header[1] === "[[" ? "array" : "table" });
      return;
    }
    const key = /^\s*([A-Za-z0-9_.\-"' ]+?)\s*=/.exec(line);
    if (!key) return;
    const parts = plain(key[1]).split(".");
    const name = parts.pop()!;
    out.push({ index, table: [table, ...parts].filter(Boolean).join("."), key: name });
  });
  return out;
}

function tomlIndex(lines: string[], path: Path): number | undefined {
  const entries = tomlLines(lines);
  const [first, second, third] = path;
  const topKey = entries.find((e) => e.table === "" && e.key === first)?.index;
  if (second === undefined) return topKey;
  if (typeof second === "number") {
    const headers = entries.filter((e) => e.header === "array" && e.table === first);
    const header = headers[second];
    if (!header) return topKey;
    const next = entries.find((e) => e.header && e.index > header.index)?.index ?? lines.length;
    const key = entries.find((e) => e.index > header.index && e.index < next && e.key === third);
    return key?.index ?? header.index;
  }
  const inTable = entries.find((e) => e.table === first && e.key === second)?.index;
  const header = entries.find((e) => e.header === "table" && e.table === first)?.index;
  return inTable ?? header ?? topKey;
}
