import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { copySite, PROJECT } from "../scripts/site-copy.ts";

// Caches stay per copy, so that a copy's build never touches the project's own.
const UNSHARED = new Set([".astro", ".vite", ".cache"]);

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Both streams, colours removed. */
  output: string;
}

/**
 * A copy of the site in a temporary folder, its packages linked from the project, where tests add
 * and break episode files and build without touching the project's own content.
 */
export class Scratch {
  readonly root = mkdtempSync(join(tmpdir(), "podcast-site-"));

  constructor() {
    copySite(this.root);
    mkdirSync(join(this.root, "node_modules"));
    for (const name of readdirSync(join(PROJECT, "node_modules"))) {
      if (!UNSHARED.has(name)) symlinkSync(join(PROJECT, "node_modules", name), join(this.root, "node_modules", name));
    }
  }

  path = (file: string) => join(this.root, file);
  exists = (file: string) => existsSync(this.path(file));
  read = (file: string) => readFileSync(this.path(file), "utf8");
  remove = (file: string) => rmSync(this.path(file), { recursive: true, force: true });

  write(file: string, content: string | Buffer) {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), content);
  }

  /** Replaces the copy's episodes with those of a fixture folder (relative to the project). */
  useEpisodes(folder: string) {
    const episodes = this.path("src/content/episodes");
    rmSync(episodes, { recursive: true, force: true });
    cpSync(join(PROJECT, folder), episodes, { recursive: true });
    return this;
  }

  /** `npm run <args>` in the copy, its own process group, with the test runner's variables left out. */
  private spawn(args: string[], env: Record<string, string>, detached = false): ChildProcess {
    // The test runner's own variables (NODE_ENV=test among them) must not reach the site's tools, nor
    // the import.meta.env values Vitest sets in the environment (DEV=1 would make a build a dev one).
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !/^(NODE_ENV|VITEST|TEST|DEV$|PROD$|MODE$|SSR$|BASE_URL$)/.test(key),
      ),
    );
    return spawn("npm", ["run", "--silent", ...args], {
      cwd: this.root,
      env: { ...clean, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached,
    });
  }

  /** Runs `npm run <args>` in the copy to its end. */
  run(args: string[], env: Record<string, string> = {}): Promise<Run> {
    const child = this.spawn(args, env);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    return new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code) =>
        resolve({ code: code ?? 1, stdout: plain(stdout), stderr: plain(stderr), output: plain(stdout + stderr) }),
      );
    });
  }

  /** Starts a long-running `npm run <args>` (a dev server) in the copy; `stop` ends it and its children. */
  start(args: string[], env: Record<string, string> = {}): { log: () => string; stop: () => void } {
    const child = this.spawn(args, env, true);
    let log = "";
    child.stdout!.on("data", (chunk) => (log += chunk));
    child.stderr!.on("data", (chunk) => (log += chunk));
    return {
      log: () => plain(log),
      stop: () => {
        if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
      },
    };
  }

  /** `npm run preview` of the copy's build on `port`, once it says where it listens (`/show/` under a sub-path). */
  async preview(port: number): Promise<{ log: () => string; stop: () => void }> {
    const server = this.start(["preview", "--", "--host", "127.0.0.1", "--port", String(port)]);
    const until = Date.now() + 60_000;
    while (!new RegExp(`Local\\s+http://127\\.0\\.0\\.1:${port}`).test(server.log())) {
      if (Date.now() > until) {
        server.stop();
        throw new Error(`npm run preview did not start on port ${port}:\n${server.log()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return server;
  }

  /** Every file of a folder of the copy (`dist`), by its path there, with a hash of its bytes. */
  files(folder: string): Record<string, string> {
    const dir = this.path(folder);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const relative = (entry: (typeof files)[number]) => join(entry.parentPath, entry.name).slice(dir.length + 1);
    return Object.fromEntries(
      files
        .map((entry) => [
          relative(entry),
          createHash("sha256")
            .update(readFileSync(join(dir, relative(entry))))
            .digest("hex"),
        ])
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }

  dispose() {
    rmSync(this.root, { recursive: true, force: true });
  }
}
