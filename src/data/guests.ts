import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { SourceFile } from "../editing/content-check.ts";
import { sourceReader } from "./episode-files.ts";

export const GUESTS_DIR = "src/content/guests";

/** A guest profile by its path in the folder: `<slug>.yaml`, `.yml` or `.md`, not hidden, no subfolder. */
export const isGuestPath = (path: string) => /^[^./][^/]*\.(ya?ml|md)$/.test(path);

/** Every guest profile of `src/content/guests/` with its text, as the content check reads them. */
export function readGuestFolder(root: string): SourceFile[] {
  if (!existsSync(join(root, GUESTS_DIR))) return [];
  const read = sourceReader(root);
  return readdirSync(join(root, GUESTS_DIR))
    .filter(isGuestPath)
    .sort()
    .flatMap((name) => read(`${GUESTS_DIR}/${name}`));
}
