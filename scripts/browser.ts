// Finds a Chromium for Playwright. The test command uses the system's Chromium (Debian's
// `chromium` package) because Playwright's own browser download is not always reachable.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
].filter((path): path is string => Boolean(path));

export function findChromium(): string | undefined {
  return candidates.find((path) => existsSync(path));
}

export const INSTALL_HINT = [
  "No Chromium found for the browser tests. Install one of:",
  "  Debian/Ubuntu:  sudo apt-get install -y chromium",
  "  macOS:          brew install --cask chromium",
  "  anywhere:       npx playwright install chromium   (needs Playwright's download host)",
  "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
].join("\n");

/** Installs a Debian package where this machine can: as root, with apt-get. */
export function installWithApt(name: string, why: string): boolean {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`Installing Debian's ${name} for ${why} (apt-get install -y ${name})…`);
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", name], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (!found && installWithApt("chromium", "the browser tests")) found = findChromium();
  if (!found) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  console.log(`Browser tests use ${found}`);
}
