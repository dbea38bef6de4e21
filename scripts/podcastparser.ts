// Finds gPodder's podcastparser, with which a feed test reads the built feed
// (integration/podcastparser.ts), and installs Debian's package where it can, as scripts/browser.ts
// does Chromium. Without it the other tests run, and that one fails saying how to install it.
import { spawnSync } from "node:child_process";
import { installWithApt } from "./browser.ts";

// Debian's python3-podcastparser is the system Python's: a python3 first on the PATH (pyenv, a
// virtualenv) may not see it.
const candidates = [process.env.PYTHON, "python3", "/usr/bin/python3"].filter((p): p is string => Boolean(p));

export const PODCASTPARSER_HINT = [
  "gPodder's podcastparser was not found (python3 -c 'import podcastparser'). Install it:",
  "  Debian/Ubuntu:  sudo apt-get install -y python3-podcastparser",
  "  anywhere:       python3 -m pip install podcastparser   (or point PYTHON at a python3 that has it)",
].join("\n");

/** The python3 that can import podcastparser, if any. */
export function findPodcastparser(): string | undefined {
  return candidates.find(
    (python) => spawnSync(python, ["-c", "import podcastparser"], { stdio: "ignore" }).status === 0,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findPodcastparser();
  if (!found && installWithApt("python3-podcastparser", "the feed tests")) found = findPodcastparser();
  if (found) console.log(`The feed tests read with podcastparser through ${found}`);
  else console.warn(`${PODCASTPARSER_HINT}\nThe feed test that reads with it will fail; the others run.`);
}
