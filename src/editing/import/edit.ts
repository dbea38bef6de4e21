import { readFrontMatter } from "../front-matter.ts";

/**
 * Sets fields in an episode file's front matter and changes nothing else: every other byte of the
 * file, its comments, order, quoting and line endings, stays as it was. YAML stays YAML and TOML
 * stays TOML; where a file keeps its fields under Zola's `[extra]` (or `extra:`), new ones go there.
 */

export type FieldValue = string | number | boolean | Record<string, string | number | undefined>;

export interface FieldEdit {
  key: string;
  value: FieldValue;
}

// Fields an episode file of this site or of Zola keeps under `[extra]`: their presence there says
// that the file keeps its own fields there.
const EPISODE_FIELDS = ["season", "episode", "guest", "role", "guid", "audio", "guests", "episodeType"];

// JSON's quoted strings are valid YAML and TOML strings, with every character escaped as both need.
const quote = (text: string) => JSON.stringify(text);
const scalar = (value: string | number | boolean) => (typeof value === "string" ? quote(value) : String(value));
const entries = (value: Record<string, string | number | undefined>) =>
  Object.entries(value).filter((pair): pair is [string, string | number] => pair[1] !== undefined);

function yamlLines(key: string, value: FieldValue, indent: string): string[] {
  if (typeof value !== "object") return [`${indent}${key}: ${scalar(value)}`];
  return [`${indent}${key}:`, ...entries(value).map(([k, v]) => `${indent}  ${k}: ${scalar(v)}`)];
}

function tomlLine(key: string, value: FieldValue): string {
  if (typeof value !== "object") return `${key} = ${scalar(value)}`;
  return `${key} = { ${entries(value)
    .map(([k, v]) => `${k} = ${scalar(v)}`)
    .join(", ")} }`;
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];
const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);

interface Block {
  /** Lines of the front matter, without the delimiters, each with its `\r` if it had one. */
  lines: string[];
  /** What ends a new line: `\r` in a file with Windows line endings. */
  cr: string;
}

/** Where a YAML key's lines are: the key line and the deeper lines (and list items) under it. */
function yamlRange(
  lines: string[],
  key: string,
  within: [number, number],
  indent: string,
): [number, number] | undefined {
  const pattern = new RegExp(`^${indent}(?:${key}|"${key}"|'${key}')\\s*:`);
  for (let i = within[0]; i < within[1]; i++) {
    if (!pattern.test(lines[i])) continue;
    let end = i + 1;
    while (
      end < within[1] &&
      (isBlank(lines[end]) ||
        indentOf(lines[end]).length > indent.length ||
        (indentOf(lines[end]) === indent && /^\s*-(\s|$)/.test(lines[end])))
    )
      end++;
    while (end > i + 1 && isBlank(lines[end - 1]) && lines[end - 1].trim() === "") end--;
    return [i, end];
  }
  return undefined;
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
    const existing =
      yamlRange(out, key, [0, out.length], "") ??
      (extra && indent ? yamlRange(out, key, [extra[0] + 1, extra[1]], indent) : undefined);
    if (existing) {
      out.splice(
        existing[0],
        existing[1] - existing[0],
        ...yamlLines(key, value, indentOf(out[existing[0]])).map((l) => l + cr),
      );
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

function editToml({ lines, cr }: Block, edits: FieldEdit[]): string[] {
  const out = [...lines];
  for (const { key, value } of edits) {
    const sections = tomlSections(out);
    const extra = sections.find((s) => s.name === "extra");
    const keyIn = (s: TomlSection) => {
      for (let i = s.header + 1; i < s.end; i++) if (new RegExp(`^\\s*(?:${key}|"${key}")\\s*=`).test(out[i])) return i;
      return undefined;
    };
    const keepsExtra =
      extra !== undefined &&
      out
        .slice(extra.header + 1, extra.end)
        .some((line) => EPISODE_FIELDS.some((f) => new RegExp(`^\\s*${f}\\s*=`).test(line)));
    // An existing key line, or an existing `[audio]`/`[extra.audio]` table, is replaced in place.
    const table = sections.find((s) => s.name === key || s.name === `extra.${key}`);
    const top = sections[0];
    const lineAt = keyIn(top) ?? (extra ? keyIn(extra) : undefined);
    if (lineAt !== undefined) {
      out.splice(lineAt, 1, `${indentOf(out[lineAt])}${tomlLine(key, value)}${cr}`);
      continue;
    }
    if (table) {
      let end = table.end;
      while (end > table.header + 1 && out[end - 1].trim() === "") end--;
      out.splice(table.header, end - table.header);
      edits.push({ key, value });
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
