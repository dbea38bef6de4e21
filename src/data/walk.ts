import { accessSync, closeSync, constants, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { Problem } from "../problems.ts";

// Walking the project's folders, and reading what lies there, as far as the project reaches.

/** What a walk of a folder of the project found: its files, and the links it would not follow. */
export interface Walked {
  /** Every file, links to files of the project included, from the project root, with `/` separators. */
  files: string[];
  /** Links that lead out of the project or back into a folder they are in, and folders it may not read. */
  problems: Problem[];
}

/**
 * Whether a real path lies in the project: a symlink may lead anywhere on the machine. The
 * project's hidden files and folders (`.env`, `.git`) count as outside it: what a link reaches is
 * published, and `public/env -> ../.env` would publish the secrets a build is run with.
 */
export function insideProject(root: string): (path: string) => boolean {
  const real = realpathSync(root);
  return (path) => path === real || (path.startsWith(real + sep) && !path.slice(real.length).includes(`${sep}.`));
}

const problem = (file: string, message: string): Problem => ({ file, field: "file", message });
const REMOVE = ": remove the link";

/**
 * Every file under `dir` (from the project root), following a symlink to a folder only when it
 * stays in the project and does not lead back into a folder of the walk: Node's recursive
 * `readdir` and Vite's copy of `public/` follow every link, so `public/x -> /` reads the whole
 * machine (and fails on a folder it may not read) and `public/loop -> .` never ends. Such a link
 * is a problem naming it. Where `strict` (public/, which Vite copies as it is), so is a link to a
 * file outside the project or to nothing, and a file or folder the build may not read; elsewhere
 * those are listed with the files, for the check of each file to report where it matters.
 */
export function walkFolder(root: string, dir: string, { strict = false } = {}): Walked {
  const inside = insideProject(root);
  const found: Walked = { files: [], problems: [] };
  const report = (file: string, message: string) => found.problems.push(problem(file, message));
  const visit = (path: string, open: readonly string[]) => {
    let entries;
    try {
      entries = readdirSync(join(root, path), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EACCES")
        report(path, "expected a folder the build may read, found one it may not: allow it or remove it");
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = `${path}/${entry.name}`;
      if (entry.isDirectory()) visit(child, [...open, realpathSync(join(root, child))]);
      else if (entry.isSymbolicLink()) followLink(child, open);
      else if (entry.isFile()) addFile(child);
    }
  };
  const addFile = (file: string) => {
    if (strict && !readable(join(root, file))) {
      report(file, "expected a file the build may read, found one it may not: allow it or remove it");
    } else found.files.push(file);
  };
  const followLink = (link: string, open: readonly string[]) => {
    let target: string;
    try {
      target = realpathSync(join(root, link));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ELOOP")
        report(link, `expected a file or folder, found a loop of links${REMOVE}`);
      else if (strict) report(link, `expected a file or folder, found a link to nothing${REMOVE}`);
      else found.files.push(link);
      return;
    }
    const folder = statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false;
    if (!inside(target)) {
      const what = folder ? "a folder" : "a file";
      if (folder || strict)
        report(link, `expected a file of the project, found a link to ${what} outside the project${REMOVE}`);
      else found.files.push(link);
    } else if (!folder) addFile(link);
    else if (open.some((path) => path === target || path.startsWith(target + sep))) {
      report(link, `expected a file or folder, found a link to a folder that holds the link, a loop${REMOVE}`);
    } else visit(link, [...open, target]);
  };
  let start: string;
  try {
    start = realpathSync(join(root, dir));
  } catch {
    return found;
  }
  visit(dir, [start]);
  return found;
}

function readable(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first bytes of a file, to tell what it holds without reading it all. */
export function readHead(path: string, length = 1024): Uint8Array {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}
