// What the project's commands share: ending with a message, the system Chromium, the preview.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { findChromium, INSTALL_HINT } from "./browser.ts";

/** The system Chromium; without one, the script ends with the command that installs it. */
export function requireChromium(): string {
  const path = findChromium();
  if (!path) fail(INSTALL_HINT);
  return path;
}

/** `npm run preview` of the project's `dist/` on the port, with the project's own Node, once it answers. */
export async function startPreview(root: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [
      "--import",
      join(root, "scripts", "src-hooks.ts"),
      join(root, "scripts", "preview.ts"),
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    { cwd: root, stdio: "ignore" },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return server;
    } catch {
      if (i > 300) {
        server.kill();
        throw new Error(`The preview did not answer on ${base}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Ends a command with a message for its user, and no stack trace. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
