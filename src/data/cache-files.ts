// The files the build keeps in its cache folder beside Astro's: what it read back is only ever a
// shortcut, checked before use, so a file that is missing, half-written or of another shape is no
// file at all.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Writes a file whole: written beside it, then named, so that a stopped build leaves no half file. */
export function writeWhole(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, data);
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/** A JSON file of the cache, or undefined where there is none that parses. */
export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}
