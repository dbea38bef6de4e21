import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the file served at a site path (without the base) goes in the build's output, its folder made. */
export function outputFile(dir: URL, path: string): string {
  const file = fileURLToPath(new URL(`.${path}`, dir));
  mkdirSync(dirname(file), { recursive: true });
  return file;
}
