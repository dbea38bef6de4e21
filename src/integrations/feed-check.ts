import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { type Problem, problemError } from "../problems.ts";
import { absolute, routes, withoutBase } from "../routes.ts";

const FEED_PATH = withoutBase(routes.feed());

/** Reads a file the site wrote, when a feed URL points into this site. */
function builtFile(dist: URL, url: string, site: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  const path = fileURLToPath(new URL(`.${withoutBase(new URL(url).pathname)}`, dist));
  return existsSync(path) ? path : "";
}

const notBuilt = (url: string, field: string): Problem => ({
  file: url,
  field,
  message: "expected a file of the built site, found none",
});

/**
 * Checks the files the written feed points at in this site before the build reports success: each
 * local enclosure with the length the feed gives, each chapters and transcript file. The feed's
 * own rules were checked by its endpoint on the very text written to `dist/`.
 */
export function feedCheck(): AstroIntegration {
  const site = absolute(routes.home());
  return {
    name: "podcast-feed-check",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const xml = readFileSync(fileURLToPath(new URL(`.${FEED_PATH}`, dir)), "utf8");
        const problems: Problem[] = [];

        const urls = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1].replace(/&amp;/g, "&"));
        for (const match of xml.matchAll(/<enclosure url="([^"]+)" length="(\d+)"/g)) {
          const url = match[1].replace(/&amp;/g, "&");
          const file = builtFile(dir, url, site);
          if (file === "") problems.push(notBuilt(url, "enclosure"));
          else if (file && statSync(file).size !== Number(match[2])) {
            const size = statSync(file).size;
            problems.push({
              file: url,
              field: "enclosure",
              message: `expected length ${size}, the file's size, found ${match[2]}`,
            });
          }
        }
        for (const url of urls(/<podcast:chapters url="([^"]+)"/g)) {
          const file = builtFile(dir, url, site);
          if (file === "") {
            problems.push(notBuilt(url, "chapters"));
            continue;
          }
          if (!file) continue;
          const json = JSON.parse(readFileSync(file, "utf8")) as {
            version?: string;
            chapters?: { startTime: number }[];
          };
          const starts = (json.chapters ?? []).map((c) => c.startTime);
          if (json.version !== "1.2.0" || starts.some((s, i) => i > 0 && s < starts[i - 1])) {
            problems.push({
              file: url,
              field: "chapters",
              message: `expected version 1.2.0 with start times ascending, found version ${json.version} with ${starts.join(", ")}`,
            });
          }
        }
        for (const url of urls(/<podcast:transcript url="([^"]+)"/g)) {
          if (builtFile(dir, url, site) === "") problems.push(notBuilt(url, "transcript"));
        }

        if (problems.length) {
          throw problemError(problems, "The feed points at files the site did not write as the feed says.", {
            where: `the written feed ${FEED_PATH}`,
          });
        }
        logger.info(`${FEED_PATH} points only at files the site holds, with their lengths`);
      },
    },
  };
}
