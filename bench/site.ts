// Scratch copies of the site and of the bare baseline, under bench/out/, holding generated episodes.
// The copies sit inside the project, so Node finds the project's node_modules by walking up, while
// each keeps its own build cache (astro.config.mjs puts it in the copy's .astro/).
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { copySite } from "../scripts/site-copy.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const OUT = join(ROOT, "bench", "out");
export const ASTRO = join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
const TRASH = join(OUT, "trash");
let trashed = 0;

/**
 * Moves a folder out of the way instead of deleting it. Deleting thousands of files just before a
 * build makes ext4 skip their inodes while it looks for free ones, which slows every file the build
 * then writes, and the bigger site more. The trash is emptied once the figures are taken.
 */
export function discard(dir: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(TRASH, { recursive: true });
  renameSync(dir, join(TRASH, `${process.pid}-${trashed++}`));
}

export function emptyTrash(): void {
  rmSync(TRASH, { recursive: true, force: true });
}

export type Kind = "site" | "baseline";

/** A fresh scratch copy of `kind` whose episodes are exactly the files in `episodes`. */
export function scratchSite(kind: Kind, episodes: string, name: string = kind): string {
  const dir = join(OUT, name);
  discard(dir);
  mkdirSync(dir, { recursive: true });
  if (kind === "site") {
    copySite(dir);
  } else {
    cpSync(join(ROOT, "bench", "baseline"), dir, { recursive: true });
  }
  const target = join(dir, "src", "content", "episodes");
  discard(target);
  cpSync(episodes, target, { recursive: true });
  return dir;
}

/** Where the site caches its social cards, from the site's folder (src/data/cards.ts). */
export const CARD_CACHE = join(".astro", "cache", "social-cards");

/**
 * Removes a previous build and every cache (Astro's, Vite's), so that each build starts cold; with
 * `keepCards`, every cache but the social cards'.
 */
export function clean(dir: string, { keepCards = false } = {}): void {
  discard(join(dir, "dist"));
  discard(join(dir, "node_modules"));
  const cards = join(dir, CARD_CACHE);
  if (!keepCards || !existsSync(cards)) return discard(join(dir, ".astro"));
  const aside = join(dir, "cards-kept");
  renameSync(cards, aside);
  discard(join(dir, ".astro"));
  mkdirSync(dirname(cards), { recursive: true });
  renameSync(aside, cards);
}

export function countFiles(dir: string, test: (name: string) => boolean): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && test(entry.name)) count++;
  }
  return count;
}
