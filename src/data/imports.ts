// What a source file of the project imports, read from its text: the layer rules' test reads every
// import of src/ with it, and the social cards' cache key follows the drawing code's imports with it.
// Plain Node, so that it runs in the build's integrations as it is.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** The text of a file without its comments, strings kept, so that `// import x from "y"` is no import. */
function withoutComments(text: string): string {
  let out = "";
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === quote) quote = undefined;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      if (c === '"' || c === "'" || c === "`") quote = c;
      out += c;
    }
  }
  return out;
}

/** The code of an `.astro` file: its frontmatter and its scripts; all of any other file. */
function code(file: string, text: string): string {
  if (!file.endsWith(".astro")) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join("\n");
}

// `import x from "m"`, `import "m"`, `export … from "m"` and `import("m")`; `import type` and
// `export type`, which leave nothing to run, are told apart by the group that catches `type`.
const IMPORT =
  /(?:^|[;\s])(?:import|export)(\s+type\b)?(?:[\s\w*{},$]*?\bfrom\s*)?\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

export interface Import {
  /** As written: `../data/art-images.ts`, `astro:content`, `node:fs`. */
  specifier: string;
  /** Only types: nothing of the module runs. */
  typeOnly: boolean;
}

/** Every import of a source file (`.ts`, `.mjs`, `.astro`), by its path and text. */
export function importsOf(file: string, text: string): Import[] {
  return [...withoutComments(code(file, text)).matchAll(IMPORT)].map((m) => ({
    specifier: m[2] ?? m[3],
    typeOnly: Boolean(m[1]),
  }));
}

/**
 * Every file that runs when `entry` runs: itself and the project's files it imports, followed to
 * the end (packages are not followed; type-only imports run nothing).
 */
export function runningFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { specifier, typeOnly } of importsOf(file, readFileSync(file, "utf8"))) {
      if (!typeOnly && specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
    }
  };
  visit(entry);
  return [...seen].sort();
}
