import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckContext, SourceFile } from "../editing/content-check.ts";

export const EPISODES_DIR = "src/content/episodes";

/**
 * Whether a path inside the episodes folder is an episode: a `.md` or `.mdx` file, but not Zola's
 * section page `_index.md`, nor anything in a folder whose name starts with `_`.
 */
export function isEpisodePath(path: string): boolean {
  const parts = path.split("/");
  const name = parts[parts.length - 1];
  if (!/\.mdx?$/.test(name) || name === "_index.md") return false;
  return !parts.some((part, i) => part.startsWith(".") || (i < parts.length - 1 && part.startsWith("_")));
}

function walk(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(full.length + 1)
        .split("\\")
        .join("/"),
    );
}

/** Every episode file with its text; `file` is the path from the project root. */
export function readEpisodeFiles(root: string, dir = EPISODES_DIR): SourceFile[] {
  return walk(root, dir)
    .filter(isEpisodePath)
    .sort()
    .map((path) => ({ file: `${dir}/${path}`, source: readFileSync(join(root, dir, path), "utf8") }));
}

/** Everything the check needs from the disk, for a project at `root`. */
export function checkContext(root: string, model: Omit<CheckContext, "exists">): CheckContext {
  return { ...model, exists: (path) => existsSync(join(root, path)) };
}
