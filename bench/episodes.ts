// Synthetic episodes for the benchmark: realistic show notes (about 1.5 KB with headings, links and
// lists), guests, remote audio with length and duration, chapters and tags. Every fifth file is
// written in Zola-style TOML front matter. The same index always gives the same episode.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const TOPICS = [
  "compilers",
  "databases",
  "observability",
  "type systems",
  "build tools",
  "networking",
  "embedded systems",
  "game engines",
  "search",
  "accessibility",
  "web performance",
  "distributed systems",
];
const FIRST = ["Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances", "Alan", "Radia"];
const LAST = ["Example", "Sample", "Placeholder", "Tester", "Builder", "Writer", "Maker", "Reader"];
const ROLES = ["Software Engineer", "Maintainer", "Founder", "Researcher", "Staff Engineer", "Designer"];
const TAGS = ["rust", "web", "tooling", "open source", "career", "performance", "security", "testing"];

/** Episodes per season: a weekly show. */
export const SEASON_LENGTH = 52;

export interface SyntheticEpisode {
  /** File name inside the episodes folder. */
  file: string;
  slug: string;
  /** Front matter as the schema reads it. */
  data: Record<string, unknown>;
  /** The Markdown body. */
  body: string;
  /** The same notes as HTML, for timing the feed without a Markdown renderer. */
  html: string;
  /** The whole file: front matter and body. */
  text: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const pick = <T>(list: T[], n: number) => list[n % list.length];

function person(n: number) {
  return `${pick(FIRST, n)} ${pick(LAST, n * 7 + 3)}`;
}

function notes(i: number, topic: string, guest: string) {
  const links = [0, 1, 2, 3].map((k) => ({
    name: `${pick(TOPICS, i + k)} reading ${k + 1}`,
    url: `https://example.org/${topic.replace(/ /g, "-")}/${i}/${k}`,
  }));
  const md = [
    `${guest} joins us to talk about ${topic}: what changed in the last few years, what still hurts, and where the field is heading next.`,
    "<!-- more -->",
    "## Show notes",
    `We start with how ${guest.split(" ")[0]} got into ${topic}, and why the first project was a **failure** worth learning from. ` +
      `Then we dig into the trade-offs of \`${pick(TAGS, i)}\` in production, measuring before optimising, and the habits that keep a team shipping.`,
    `Along the way we compare notes on code review, on documentation that people actually read, and on the ` +
      `small tools that save an hour a week. ${guest.split(" ")[0]} also shares the one question to ask before any rewrite.`,
    "### In this episode",
    [
      "- Why the obvious design was the wrong one",
      `- Measuring ${topic} in production without slowing it down`,
      "- Tests that catch regressions before users do",
      "- What to read next, and whom to follow",
    ].join("\n"),
    "### Links from the show",
    links.map((l) => `- [${l.name}](${l.url})`).join("\n"),
    "### About the guest",
    `${guest} has worked on ${topic} for over a decade, maintains several open source projects and writes about ` +
      `the craft of software. Find them at [their site](https://example.org/people/${i}).`,
  ].join("\n\n");
  const html = [
    `<p>${guest} joins us to talk about ${topic}: what changed in the last few years, what still hurts, and where the field is heading next.</p>`,
    `<h2 id="show-notes">Show notes</h2>`,
    `<p>We start with how ${guest.split(" ")[0]} got into ${topic}, and why the first project was a <strong>failure</strong> worth learning from. ` +
      `Then we dig into the trade-offs of <code>${pick(TAGS, i)}</code> in production, measuring before optimising, and the habits that keep a team shipping.</p>`,
    `<p>Along the way we compare notes on code review, on documentation that people actually read, and on the small tools that save an hour a week. ${guest.split(" ")[0]} also shares the one question to ask before any rewrite.</p>`,
    `<h3 id="in-this-episode">In this episode</h3>`,
    `<ul><li>Why the obvious design was the wrong one</li><li>Measuring ${topic} in production without slowing it down</li><li>Tests that catch regressions before users do</li><li>What to read next, and whom to follow</li></ul>`,
    `<h3 id="links-from-the-show">Links from the show</h3>`,
    `<ul>${links.map((l) => `<li><a href="${l.url}">${l.name}</a></li>`).join("")}</ul>`,
    `<h3 id="about-the-guest">About the guest</h3>`,
    `<p>${guest} has worked on ${topic} for over a decade, maintains several open source projects and writes about the craft of software. Find them at <a href="https://example.org/people/${i}">their site</a>.</p>`,
  ].join("\n");
  return { md, html };
}

const q = (s: string) => JSON.stringify(s);

function yaml(data: Record<string, unknown>): string {
  const audio = data.audio as { url: string; length: number; duration: string };
  const chapters = data.chapters as { start: string; title: string }[];
  const guests = data.guests as { name: string; role: string; url: string }[] | undefined;
  const lines = [
    "---",
    `title: ${q(data.title as string)}`,
    `date: ${data.date}`,
    `season: ${data.season}`,
    `episode: ${data.episode}`,
  ];
  if (guests) {
    lines.push("guests:");
    for (const g of guests) lines.push(`  - name: ${q(g.name)}`, `    role: ${q(g.role)}`, `    url: ${g.url}`);
  } else {
    lines.push(`guest: ${q(data.guest as string)}`, `role: ${q(data.role as string)}`);
  }
  lines.push("audio:", `  url: ${audio.url}`, `  length: ${audio.length}`, `  duration: "${audio.duration}"`);
  lines.push("chapters:", ...chapters.map((c) => `  - { start: "${c.start}", title: ${q(c.title)} }`));
  lines.push(`tags: [${(data.tags as string[]).map(q).join(", ")}]`, "---");
  return lines.join("\n");
}

function toml(data: Record<string, unknown>): string {
  const audio = data.audio as { url: string; length: number; duration: string };
  const chapters = data.chapters as { start: string; title: string }[];
  return [
    "+++",
    `title = ${q(data.title as string)}`,
    `date = ${data.date}`,
    "[extra]",
    `season = "${pad(data.season as number)}"`,
    `episode = "${pad(data.episode as number)}"`,
    `guest = ${q(data.guest as string)}`,
    `role = ${q(data.role as string)}`,
    `tags = [${(data.tags as string[]).map(q).join(", ")}]`,
    `audio = { url = ${q(audio.url)}, length = ${audio.length}, duration = ${q(audio.duration)} }`,
    `chapters = [${chapters.map((c) => `{ start = ${q(c.start)}, title = ${q(c.title)} }`).join(", ")}]`,
    "+++",
  ].join("\n");
}

/** The i-th synthetic episode (0-based): dated one day after the previous, all in the past. */
export function syntheticEpisode(i: number): SyntheticEpisode {
  const season = Math.floor(i / SEASON_LENGTH) + 1;
  const episode = (i % SEASON_LENGTH) + 1;
  const topic = pick(TOPICS, i);
  const slug = `s${pad(season)}e${pad(episode)}-${topic.replace(/ /g, "-")}`;
  const date = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const guest = person(i);
  const minutes = 30 + (i % 60);
  const data: Record<string, unknown> = {
    title: `${topic[0].toUpperCase()}${topic.slice(1)} with ${guest}`,
    date,
    season,
    episode,
    audio: {
      url: `https://media.example.com/audio/${slug}.mp3`,
      length: minutes * 60 * 16_000,
      duration: `${Math.floor(minutes / 60)}:${pad(minutes % 60)}:${pad(i % 60)}`,
    },
    chapters: [
      { start: "0:00", title: "Introduction" },
      { start: "2:30", title: `Getting into ${topic}` },
      { start: "15:00", title: "Lessons learned" },
      { start: `${minutes - 5}:00`, title: "Recommendations" },
    ],
    tags: [pick(TAGS, i), pick(TAGS, i + 3), topic],
  };
  const useToml = i % 5 === 4;
  if (i % 3 === 2 && !useToml) {
    data.guests = [
      { name: guest, role: pick(ROLES, i), url: `https://example.org/people/${i}` },
      { name: person(i + 5), role: pick(ROLES, i + 1), url: `https://example.org/people/${i + 5}` },
    ];
  } else {
    data.guest = guest;
    data.role = pick(ROLES, i);
  }
  const { md, html } = notes(i, topic, guest);
  const text = `${useToml ? toml(data) : yaml(data)}\n\n${md}\n`;
  return { file: `${slug}.md`, slug, data, body: md, html, text };
}

/** Writes episodes 0 … n-1 into `dir` (which should be empty). */
export function writeEpisodes(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const episode = syntheticEpisode(i);
    writeFileSync(join(dir, episode.file), episode.text);
  }
}
