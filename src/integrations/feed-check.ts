import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { FEED_PATH } from "../lib/feed";

/** Reads a file the site wrote, when a feed URL points into this site. */
function builtFile(dist: URL, url: string, site: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  const path = fileURLToPath(new URL(`.${new URL(url).pathname}`, dist));
  return existsSync(path) ? path : "";
}

/**
 * Checks the files the written feed points at in this site before the build reports success: each
 * local enclosure with the length the feed gives, each chapters and transcript file. The feed's
 * own rules were checked by its endpoint on the very text written to `dist/`.
 */
export function feedCheck(): AstroIntegration {
  let site = "";
  return {
    name: "podcast-feed-check",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = new URL("/", config.site).href;
      },
      "astro:build:done": ({ dir, logger }) => {
        const feedPath = fileURLToPath(new URL(`.${FEED_PATH}`, dir));
        const xml = readFileSync(feedPath, "utf8");
        const problems: string[] = [];

        const urls = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1].replace(/&amp;/g, "&"));
        for (const match of xml.matchAll(/<enclosure url="([^"]+)" length="(\d+)"/g)) {
          const file = builtFile(dir, match[1].replace(/&amp;/g, "&"), site);
          if (file === "") problems.push(`enclosure ${match[1]} — enclosure — the file is not in the built site`);
          else if (file && statSync(file).size !== Number(match[2])) {
            problems.push(
              `enclosure ${match[1]} — enclosure — length ${match[2]} is not the file's ${statSync(file).size} bytes`,
            );
          }
        }
        for (const url of urls(/<podcast:chapters url="([^"]+)"/g)) {
          const file = builtFile(dir, url, site);
          if (file === "") {
            problems.push(`${url} — chapters — the file is not in the built site`);
            continue;
          }
          if (!file) continue;
          const json = JSON.parse(readFileSync(file, "utf8")) as {
            version?: string;
            chapters?: { startTime: number }[];
          };
          const starts = (json.chapters ?? []).map((c) => c.startTime);
          if (json.version !== "1.2.0" || starts.some((s, i) => i > 0 && s < starts[i - 1])) {
            problems.push(`${url} — chapters — must be version 1.2.0 with start times ascending`);
          }
        }
        for (const url of urls(/<podcast:transcript url="([^"]+)"/g)) {
          if (builtFile(dir, url, site) === "")
            problems.push(`${url} — transcript — the file is not in the built site`);
        }

        if (problems.length) {
          throw new Error(
            `The written feed ${FEED_PATH} breaks its rules:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
          );
        }
        logger.info(`${FEED_PATH} points only at files the site holds, with their lengths`);
      },
    },
  };
}
