// Checks every episode file, guest profile, the About page and the files they name without building
// the site, with the build's own checks and messages (src/data/project-check.ts).
// Usage: npm run check:content   (PODCAST_NOW=2030-01-01 checks as of another day)
import { formatProblem, formatProblems } from "../src/problems.ts";
import { projectCheck } from "../src/data/project-check.ts";
import { type Episode, episodeLabel, isPublished } from "../src/podcast/episode.ts";
import { makeLocale } from "../src/i18n/locale.ts";
import { isoDate } from "../src/podcast/dates.ts";
import { buildNow } from "../src/podcast/now.ts";
import show from "../src/show.config.ts";

const { files, problems, warnings, ignored } = await projectCheck(process.cwd(), show)();
const now = buildNow();
const episodes = files.flatMap((file) => (file.episode ? [file.episode] : []));
const day = (episode: Episode) => isoDate(episode.date, show.timeZone);
// Editors' messages speak English, as the docs do, whatever the show's language: so does the label.
const english = makeLocale("en");
const label = (e: Episode) => episodeLabel(e.season, e.episode, e.episodeType, english);
const line = (episode: Episode) => `  ${day(episode)}  ${label(episode)}  ${episode.title}  (${episode.file})`;

const scheduled = episodes
  .filter((e) => !e.draft && !isPublished(e, now))
  .sort((a, b) => a.date.getTime() - b.date.getTime());
const drafts = episodes.filter((e) => e.draft);

console.log(`Checked ${files.length} episode files.`);
if (scheduled.length) {
  console.log(`\nScheduled: built by the first build on or after their date`);
  console.log(scheduled.map(line).join("\n"));
}
if (drafts.length) {
  console.log(`\nDrafts: built nowhere until draft is false`);
  console.log(drafts.map(line).join("\n"));
}
const notes = ignored.filter((i) => !i.mistake);
if (notes.length) {
  console.log(`\nIgnored: not episodes`);
  console.log(notes.map((i) => `  ${i.file} — ${i.reason}`).join("\n"));
}
if (warnings.length) {
  console.warn(
    `\n${warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`}: these build, but look at them`,
  );
  console.warn(warnings.map(formatProblem).join("\n"));
}
if (problems.length) {
  console.error(`\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log("\nNo problems.");
