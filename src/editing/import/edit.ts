import { readFrontMatter } from "../front-matter.ts";

/**
 * Sets fields in an episode file's front matter and changes nothing else: only the value is
 * replaced, and every other byte of the file stays as it was: its comments (on their own lines
 * and after a value), order, quoting, byte order mark and line endings. YAML stays YAML and TOML
 * stays TOML; a table written out over lines (YAML's `audio:` block, TOML's `[audio]`) is edited
 * key by key, so the comments between its keys stay too. Where a file keeps its fields under
 * Zola's `[extra]` (or `extra:`), new ones go there.
 */

export type FieldValue = string | number | boolean | Record<string, string | number | undefined>;

export interface FieldEdit {
  key: string;
  value: FieldValue;
}

type Scalar = string | number | boolean;

// Fields an episode file of this site or of Zola keeps under `[extra]`: their presence there says
// that the file keeps its own fields there.
const EPISODE_FIELDS = ["season", "episode", "guest", "role", "guid", "audio", "guests", "episodeType"];

// JSON's quoted strings are valid YAML and TOML strings, with every character escaped as both need.
const quote = (text: string) => JSON.stringify(text);
const scalar = (value: Scalar) => (typeof value === "string" ? quote(value) : String(value));
const entries = (value: Record<string, string | number | undefined>) =>
  Object.entries(value).filter((pair): pair is [string, string | number] => pair[1] !== undefined);

/** YAML's flow mapping and TOML's inline table: `{ url: "x", length: 1 }`, `{ url = "x" }`. */
const inline = (value: Record<string, string | number | undefined>, separator: ":" | " =") =>
  `{ ${entries(value)
    .map(([k, v]) => `${k}${separator} ${scalar(v)}`)
    .join(", ")} }`;

function yamlLines(key: string, value: FieldValue, indent: string): string[] {
  if (typeof value !== "object") return [`${indent}${key}: ${scalar(value)}`];
  return [`${indent}${key}:`, ...entries(value).map(([k, v]) => `${indent}  ${k}: ${scalar(v)}`)];
}

const tomlLine = (key: string, value: FieldValue) =>
  `${key} = ${typeof value === "object" ? inline(value, " =") : scalar(value)}`;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];
const isBlank = (line: string) => /^\s*(#.*)?\r?$/.test(line);
const isComment = (line: string) => /^\s*#/.test(line);
const escapeKey = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A key's line split where its value starts and where a comment after the value starts: the
 * line is `head + value + tail`, and `tail` keeps the comment with the space before it and the
 * line's `\r`. Quoted strings are skipped, so a `#` in one is no comment.
 */
function splitLine(line: string, head: string, format: "yaml" | "toml"): { value: string; tail: string } {
  const cr = line.endsWith("\r") ? "\r" : "";
  const rest = line.slice(head.length, line.length - cr.length);
  let quoteChar = "";
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (quoteChar) {
      if (c === "\\" && quoteChar === '"') i++;
      else if (c === quoteChar) quoteChar = "";
    } else if (c === '"' || c === "'") quoteChar = c;
    else if (c === "#" && (format === "toml" || i === 0 || /\s/.test(rest[i - 1]))) {
      const start = rest.slice(0, i).trimEnd().length;
      return { value: rest.slice(0, start), tail: rest.slice(start) + cr };
    }
  }
  const end = rest.trimEnd().length;
  return { value: rest.slice(0, end), tail: rest.slice(end) + cr };
}

/** The line with its value replaced and its comment kept. */
function replaceValue(line: string, head: string, value: string, format: "yaml" | "toml"): string {
  const { tail } = splitLine(line, head, format);
  // `audio:` that held a block gets the space YAML needs before a value on its line.
  return `${head}${head.endsWith(":") ? " " : ""}${value}${tail}`;
}

interface Block {
  /** Lines of the front matter, without the delimiters, each with its `\r` if it had one. */
  lines: string[];
  /** What ends a new line: `\r` in a file with Windows line endings. */
  cr: string;
}

/** A key's line within `[from, to)`: its head up to the value (`  url: `, `url = `), written bare or quoted. */
function keyLine(lines: string[], key: string, [from, to]: [number, number], before: string, after: string) {
  const name = escapeKey(key);
  const pattern = new RegExp(`^${before}(?:${name}|"${name}"|'${name}')${after}`);
  for (let i = from; i < to; i++) {
    const head = pattern.exec(lines[i])?.[0];
    if (head !== undefined) return { at: i, head };
  }
  return undefined;
}

const yamlKey = (lines: string[], key: string, within: [number, number], indent: string) =>
  keyLine(lines, key, within, indent, "[ \\t]*:(?:[ \\t]+|(?=\\r?$))");

/**
 * Where a YAML key's lines are: the key line and the deeper lines (and list items) under it. The
 * blank lines and comments that end the range belong to what comes after it.
 */
function yamlRange(
  lines: string[],
  key: string,
  within: [number, number],
  indent: string,
): [number, number] | undefined {
  const found = yamlKey(lines, key, within, indent);
  if (!found) return undefined;
  const i = found.at;
  let end = i + 1;
  while (
    end < within[1] &&
    (isBlank(lines[end]) ||
      indentOf(lines[end]).length > indent.length ||
      (indentOf(lines[end]) === indent && /^\s*-(\s|$)/.test(lines[end])))
  )
    end++;
  while (end > i + 1 && isBlank(lines[end - 1]) && indentOf(lines[end - 1]).length <= indent.length) end--;
  while (end > i + 1 && lines[end - 1].trim() === "") end--;
  return [i, end];
}

/** The lines of the range that hold its old value, not comments: those go when the value is replaced. */
const valueLines = (lines: string[], [start, end]: [number, number]) =>
  lines.slice(start + 1, end).filter((line) => line.trim() && !isComment(line));

/** Replaces a YAML key's value within its range `[start, end)` of `out`, keeping every comment. */
function replaceYaml(out: string[], [start, end]: [number, number], head: string, value: FieldValue, cr: string) {
  const keyIndent = indentOf(out[start]);
  const { value: written } = splitLine(out[start], head, "yaml");
  const keep = (line: string) => !line.trim() || isComment(line);
  if (typeof value !== "object" || written) {
    // A value on the key's line (a scalar, or `{ … }`) stays on it: the new one is written there.
    const text = typeof value === "object" ? inline(value, ":") : scalar(value);
    const rest = out.slice(start + 1, end).filter(keep);
    out.splice(start, end - start, replaceValue(out[start], head, text, "yaml"), ...rest);
    return;
  }
  // A block: each key of the new value replaced on its line, added after the last, or removed.
  const first = valueLines(out, [start, end])[0];
  const indent = first && indentOf(first).length > keyIndent.length ? indentOf(first) : `${keyIndent}  `;
  const wanted = entries(value);
  let stop = end;
  for (let i = end - 1; i > start; i--) {
    const line = out[i];
    if (keep(line)) continue;
    const sub = /^[ \t]*["']?([\w-]+)["']?[ \t]*:/.exec(line)?.[1];
    if (indentOf(line) === indent && sub && !wanted.some(([k]) => k === sub)) {
      // A key the new value lacks goes, with the lines under it (not its comments).
      let next = i + 1;
      while (next < stop && (keep(out[next]) || indentOf(out[next]).length > indent.length)) next++;
      const under = out.slice(i + 1, next).filter(keep);
      out.splice(i, next - i, ...under);
      stop -= next - i - under.length;
    }
  }
  let last = start;
  for (const [k, v] of wanted) {
    const found = yamlKey(out, k, [start + 1, stop], indent);
    if (found) {
      out[found.at] = replaceValue(out[found.at], found.head, scalar(v), "yaml");
      last = Math.max(last, found.at);
      continue;
    }
    for (let i = start + 1; i < stop; i++) if (!keep(out[i])) last = Math.max(last, i);
    out.splice(last + 1, 0, `${indent}${k}: ${scalar(v)}${cr}`);
    last++;
    stop++;
  }
}

function editYaml({ lines, cr }: Block, edits: FieldEdit[]): string[] {
  const out = [...lines];
  const extraRange = () => yamlRange(out, "extra", [0, out.length], "");
  const extraIndent = () => {
    const range = extraRange();
    const first = range && out.slice(range[0] + 1, range[1]).find((l) => !isBlank(l));
    return first ? indentOf(first) : "";
  };
  // Zola-style `extra:` holding episode fields: new fields go under it, at its indent.
  const keepsExtra = () => {
    const range = extraRange();
    const indent = extraIndent();
    return Boolean(
      range &&
      indent &&
      out.slice(range[0] + 1, range[1]).some((l) => EPISODE_FIELDS.some((f) => l.startsWith(`${indent}${f}:`))),
    );
  };
  for (const { key, value } of edits) {
    const extra = extraRange();
    const indent = extraIndent();
    const within: [number, number] | undefined = extra && indent ? [extra[0] + 1, extra[1]] : undefined;
    const top = yamlRange(out, key, [0, out.length], "");
    const existing = top ?? (within ? yamlRange(out, key, within, indent) : undefined);
    if (existing) {
      const head = yamlKey(out, key, [existing[0], existing[0] + 1], indentOf(out[existing[0]]))!.head;
      replaceYaml(out, existing, head, value, cr);
      continue;
    }
    const inExtra = keepsExtra();
    let at = inExtra ? extra![1] : out.length;
    while (at > (inExtra ? extra![0] + 1 : 0) && out[at - 1].trim() === "") at--;
    out.splice(at, 0, ...yamlLines(key, value, inExtra ? indent : "").map((l) => l + cr));
  }
  return out;
}

interface TomlSection {
  /** Index of the header line (-1 for the top level) and the end (the next header). */
  header: number;
  end: number;
  name: string;
}

function tomlSections(lines: string[]): TomlSection[] {
  const sections: TomlSection[] = [{ header: -1, end: lines.length, name: "" }];
  lines.forEach((line, i) => {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?/.exec(line);
    if (!header) return;
    sections[sections.length - 1].end = i;
    sections.push({ header: i, end: lines.length, name: header[1].replace(/["'\s]/g, "") });
  });
  return sections;
}

const tomlKey = (lines: string[], key: string, section: TomlSection) =>
  keyLine(lines, key, [section.header + 1, section.end], "\\s*", "\\s*=\\s*");

/** Sets the keys of a `[audio]` table to those of the value, line by line, keeping its comments. */
function editTomlTable(
  out: string[],
  table: TomlSection,
  value: Record<string, string | number | undefined>,
  cr: string,
) {
  const wanted = entries(value);
  for (let i = table.end - 1; i > table.header; i--) {
    const sub = /^\s*["']?([\w-]+)["']?\s*=/.exec(out[i])?.[1];
    if (sub && !wanted.some(([k]) => k === sub)) out.splice(i, 1);
  }
  const section = () => tomlSections(out).find((s) => s.header === table.header)!;
  for (const [k, v] of wanted) {
    const found = tomlKey(out, k, section());
    if (found) {
      out[found.at] = replaceValue(out[found.at], found.head, scalar(v), "toml");
      continue;
    }
    let at = section().end;
    while (at > table.header + 1 && isBlank(out[at - 1])) at--;
    out.splice(at, 0, `${indentOf(out[at - 1] ?? "")}${k} = ${scalar(v)}${cr}`);
  }
}

function editToml({ lines, cr }: Block, edits: FieldEdit[]): string[] {
  const out = [...lines];
  for (const { key, value } of edits) {
    const sections = tomlSections(out);
    const extra = sections.find((s) => s.name === "extra");
    const keepsExtra =
      extra !== undefined &&
      out
        .slice(extra.header + 1, extra.end)
        .some((line) => EPISODE_FIELDS.some((f) => new RegExp(`^\\s*${f}\\s*=`).test(line)));
    const top = sections[0];
    const found = tomlKey(out, key, top) ?? (extra ? tomlKey(out, key, extra) : undefined);
    if (found) {
      const text = typeof value === "object" ? inline(value, " =") : scalar(value);
      out[found.at] = replaceValue(out[found.at], found.head, text, "toml");
      continue;
    }
    // An `[audio]` or `[extra.audio]` table is edited key by key.
    const table = sections.find((s) => s.name === key || s.name === `extra.${key}`);
    if (table && typeof value === "object") {
      editTomlTable(out, table, value, cr);
      continue;
    }
    const target = keepsExtra ? extra! : top;
    let at = target.end;
    while (at > target.header + 1 && out[at - 1].trim() === "") at--;
    out.splice(at, 0, tomlLine(key, value) + cr);
  }
  return out;
}

/**
 * The file with the fields set: replaced where they are written, added otherwise. The caller
 * decides which fields may be replaced. Returns the file unchanged when it has no front matter.
 */
export function setFields(source: string, edits: readonly FieldEdit[]): string {
  if (!edits.length) return source;
  const front = readFrontMatter(source);
  if (front.format === "none" || front.error) return source;
  const all = source.split("\n");
  const open = front.line - 1;
  const close = open + front.lines.length - 1;
  const block = { lines: all.slice(open + 1, close), cr: all[open].endsWith("\r") ? "\r" : "" };
  const edited = front.format === "toml" ? editToml(block, [...edits]) : editYaml(block, [...edits]);
  return [...all.slice(0, open + 1), ...edited, ...all.slice(close)].join("\n");
}
