import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findPodcastparser, PODCASTPARSER_HINT } from "../scripts/podcastparser.ts";

const SCRIPT = fileURLToPath(new URL("podcastparser-read.py", import.meta.url));

/** One episode as podcastparser reads it (the fields it knows). */
export interface PodcastparserEpisode {
  title: string;
  guid: string;
  link: string;
  description: string;
  description_html?: string;
  published: number;
  total_time: number;
  explicit?: boolean;
  season?: number;
  number?: number;
  type?: string;
  episode_art_url?: string;
  payment_url: string | null;
  enclosures: { url: string; file_size: number; mime_type: string }[];
  chapters?: { start: number; title: string; href?: string; image?: string }[];
}

export interface PodcastparserFeed {
  title: string;
  link: string;
  description: string;
  cover_url?: string;
  language?: string;
  type?: string;
  explicit?: boolean;
  itunes_author?: string;
  itunes_owner?: { name?: string; email?: string };
  itunes_categories?: string[][];
  payment_url?: string;
  episodes: PodcastparserEpisode[];
}

/**
 * The feed as gPodder's podcastparser reads it. A machine without python3 or the module fails the
 * test with how to install them: a reader left out in silence would let the feed break gPodder unseen.
 */
export function readWithPodcastparser(xml: string, url: string): PodcastparserFeed {
  const python = findPodcastparser();
  if (!python) throw new Error(PODCASTPARSER_HINT);
  const run = spawnSync(python, [SCRIPT, url], { input: xml, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`podcastparser could not read the feed:\n${run.error ?? run.stderr}`);
  return JSON.parse(run.stdout) as PodcastparserFeed;
}
