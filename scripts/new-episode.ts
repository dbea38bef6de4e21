// Scaffolds a new episode file, as a draft, asking for what is not given as a flag.
import { randomUUID } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { checkFile, checkFiles } from "../src/editing/content-check.ts";
import { formatProblems } from "../src/problems.ts";
import { liftExtra } from "../src/podcast/schema.ts";
import { checkContext, EPISODES_DIR, readEpisodeFiles } from "../src/data/episode-files.ts";
import { episodeLabel } from "../src/podcast/episode.ts";
import { makeLocale } from "../src/i18n/locale.ts";
import {
  dateProblem,
  episodeFileName,
  episodeSource,
  latestSeason,
  type NewEpisode,
  nextEpisodeNumber,
  type Numbered,
  today,
} from "../src/editing/scaffold.ts";
import show from "../src/show.config.ts";
import { fail } from "./cli.ts";

const USAGE = `Usage: npm run new-episode
       npm run new-episode -- --title "Tokio" --guest "Carl Lerche" --role "Maintainer" --season 1 --episode 7

Asks for the title, guest, role, season and episode unless given as flags. The season defaults to
the newest one, the episode to the next free number in it.
  --date 2024-03-01   the publication date (default: today)
  --toml              write TOML front matter, as Zola sites do (default: YAML)`;

function readFlags() {
  try {
    return parseArgs({
      options: {
        help: { type: "boolean", short: "h", default: false },
        title: { type: "string" },
        guest: { type: "string" },
        role: { type: "string" },
        season: { type: "string" },
        episode: { type: "string" },
        date: { type: "string" },
        toml: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

const flags = readFlags();

if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = process.cwd();
const context = checkContext(root, show);
const { files } = await checkFiles(readEpisodeFiles(root), context);

// Every number in use, read even from drafts and from files with problems.
const taken: Numbered[] = files.flatMap(({ file, front }) => {
  const data = liftExtra(front.data) as Record<string, unknown>;
  const season = Number(data.season);
  const episode = Number(data.episode);
  return Number.isInteger(season) && Number.isInteger(episode) ? [{ season, episode, file }] : [];
});

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(question: string, given: string | undefined, fallback?: string): Promise<string | undefined> {
  if (given !== undefined) return given;
  if (!prompt) return fallback;
  const answer = (await prompt.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
  return answer || fallback;
}

function whole(text: string | undefined, name: string, min: number): number {
  if (!text || !/^\d+$/.test(text.trim()) || Number(text) < min) {
    fail(`--${name}: expected a whole number of ${min} or more, found ${text === undefined ? "nothing" : `"${text}"`}`);
  }
  return Number(text);
}

const dateFlagProblem = flags.date === undefined ? undefined : dateProblem(flags.date);
if (dateFlagProblem) fail(`--date: ${dateFlagProblem}. Example: --date 2024-03-01`);

const title = (await ask("Title", flags.title))?.trim();
if (!title) fail('--title: expected the episode title, found nothing. Example: npm run new-episode -- --title "Tokio"');
const guest = await ask("Guest (leave empty for none)", flags.guest);
const role = guest ? await ask("Guest's role (leave empty for none)", flags.role) : flags.role;
const season = whole(await ask("Season", flags.season, String(latestSeason(taken))), "season", 1);
const episode = whole(await ask("Episode", flags.episode, String(nextEpisodeNumber(taken, season))), "episode", 0);
prompt?.close();

const draft: NewEpisode = { title, guest, role, season, episode, date: flags.date ?? today(), guid: randomUUID() };
// The commands speak English, as the docs do, whatever the show's language.
const label = episodeLabel(season, episode, "full", makeLocale("en"));
const clash = taken.find((t) => t.season === season && t.episode === episode);
if (clash) {
  fail(
    `${label} is already used by ${clash.file}. The next free number in season ${season} is ${nextEpisodeNumber(taken, season)}.`,
  );
}

const file = `${EPISODES_DIR}/${episodeFileName(draft)}`;
const bundle = file.replace(/\.md$/, "/");
for (const existing of [file, bundle]) {
  if (existsSync(join(root, existing))) fail(`${existing} already exists: it is left as it is. Choose another title.`);
}

const source = episodeSource(draft, flags.toml ? "toml" : "yaml");
const { problems } = await checkFile({ file, source }, context);
if (problems.length) fail(formatProblems(problems));
writeFileSync(join(root, file), source, { flag: "wx" });

const slug = file.slice(EPISODES_DIR.length + 1, -".md".length);
console.log(`Created ${file}: ${label}, "${title}", a draft dated ${draft.date}.

Next:
  1. Write the summary and the show notes in that file.
  2. Add the audio: put the file in public/audio/ and add to the front matter
       audio:
         url: /audio/${slug}.mp3
  3. To see it at http://localhost:4321/episodes/${slug}/ with npm run dev, set draft: false
     (drafts are built nowhere). Keep the date in the future to schedule it.
  4. Run npm run check:content, then commit and publish.

Every field is explained in docs/episodes.md.`);
