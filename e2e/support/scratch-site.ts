import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/**
 * A throwaway copy of the site whose episodes are `episodesDir`, so tests can build fixture
 * sets without touching the real content. `node_modules` is linked, not copied.
 */
export function scratchSite(episodesDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), "podcast-site-"));
  for (const name of ["astro.config.mjs", "package.json", "tsconfig.json", "public", "src"]) {
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      filter: (source) => !source.startsWith(join(root, "src/content/episodes/")),
    });
  }
  cpSync(resolve(root, episodesDir), join(dir, "src/content/episodes"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

export interface BuildResult {
  ok: boolean;
  output: string;
  dist: string;
}

/** Runs the site's real production build in `dir` with the Node that runs the tests. */
export function buildSite(dir: string, env: Record<string, string> = {}): BuildResult {
  const astro = join(root, "node_modules/astro/bin/astro.mjs");
  const result = spawnSync(process.execPath, [astro, "build"], {
    cwd: dir,
    env: { ...process.env, ...env, FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, dist: join(dir, "dist") };
}

export function removeScratch(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
