import { liftCastanet, liftExtra } from "../../podcast/schema.ts";
import { slugFromPath } from "../../podcast/slug.ts";
import type { SourceFile } from "../content-check.ts";
import { readFrontMatter } from "../front-matter.ts";
import { deleteHostEmbeds, findHostEmbeds } from "../host-embeds.ts";
import { audioFields, newEpisodeFile } from "./create.ts";
import { type FieldEdit, setFields } from "./edit.ts";
import type { Feed, FeedChapter, FeedItem } from "./feed.ts";
import { matchItems, type Outcome, type SiteEpisode } from "./match.ts";

/**
 * What an import would do, decided without touching the disk: the files to write and a report of
 * every item. The command writes the files; `--dry-run` only prints the report.
 */

export interface ImportOptions {
  /** Where episode files live, from the project root. */
  folder: string;
  /** Replace values the files already have. */
  force?: boolean;
  /** Chapters fetched from `podcast:chapters` files, by URL. */
  chapters?: Map<string, FeedChapter[]>;
}

export interface Write {
  file: string;
  source: string;
  created: boolean;
}

export interface ImportPlan {
  writes: Write[];
  matched: { item: FeedItem; file: string; rule: string; changes: string[]; kept: string[] }[];
  created: { item: FeedItem; file: string; notes: string[] }[];
  ambiguous: { item: FeedItem; rule: string; candidates: string[]; reason?: string }[];
  conflicts: { item: FeedItem; file: string; message: string }[];
  /** Items without audio: nothing to import. */
  skipped: FeedItem[];
  /** Items whose file could not be edited safely, with why. */
  failed: { item: FeedItem; file: string; message: string }[];
  /**
   * Items the site cannot take as the feed has them, with why: nothing of theirs is written. With a
   * file, the content check would refuse that file as the import would write it.
   */
  refused: { item: FeedItem; file?: string; reasons: string[] }[];
}

type Data = Record<string, unknown>;

const numberOf = (value: unknown) => {
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
};

const dateOf = (value: unknown) => {
  const date =
    value instanceof Date ? new Date(value.getTime()) : typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** What an episode file says, read leniently: the matcher must see files the schema rejects too. */
export function siteEpisode({ file, source }: SourceFile, folder: string): SiteEpisode & { data: Data; body: string } {
  const front = readFrontMatter(source);
  const data = liftCastanet(liftExtra(front.data)) as Data;
  return {
    file,
    slug: slugFromPath(file.slice(folder.length + 1), front.data),
    title: typeof data.title === "string" ? data.title : "",
    date: dateOf(data.date),
    season: numberOf(data.season),
    episode: numberOf(data.episode),
    guid: typeof data.guid === "string" ? data.guid : undefined,
    embedKeys: findHostEmbeds(front.body).flatMap((e) => (e.key ? [e.key] : [])),
    links: front.body.match(/https?:\/\/[^\s)"'<>\]]+/g) ?? [],
    data,
    body: front.body,
  };
}

/** The same audio fields and values, in whatever order the file writes them. */
const sameAudio = (a: unknown, b: Record<string, unknown>) => {
  const fields = (value: unknown) =>
    JSON.stringify(
      Object.entries((value ?? {}) as Data)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return fields(a) === fields(b);
};

/** The file with the item's guid and audio set, and the host's player gone once it has audio. */
function editFile(
  episode: ReturnType<typeof siteEpisode>,
  source: string,
  item: FeedItem,
  force: boolean,
): { source: string; changes: string[]; kept: string[]; error?: string } {
  const edits: FieldEdit[] = [];
  const changes: string[] = [];
  const kept: string[] = [];
  const { data } = episode;
  if (item.guid && data.guid !== item.guid) {
    if (data.guid === undefined || force) {
      edits.push({ key: "guid", value: item.guid });
      changes.push(data.guid === undefined ? "guid" : `guid (was "${String(data.guid)}")`);
    }
  }
  if (item.audio) {
    const audio = audioFields(item.audio);
    if (data.audio === undefined) {
      edits.push({ key: "audio", value: audio });
      changes.push("audio");
    } else if (!sameAudio(data.audio, audio)) {
      if (force && !("podcast_file" in data) && !("podcast_file" in ((data.extra as Data) ?? {}))) {
        edits.push({ key: "audio", value: audio });
        changes.push("audio (replaced)");
      } else kept.push("audio");
    }
  }
  let edited = setFields(source, edits);
  const hasAudio = data.audio !== undefined || edits.some((e) => e.key === "audio");
  const embeds = findHostEmbeds(episode.body);
  if (hasAudio && embeds.length) {
    const body = readFrontMatter(edited).body;
    edited = edited.slice(0, edited.length - body.length) + deleteHostEmbeds(body);
    changes.push(`removed the ${[...new Set(embeds.map((e) => e.host))].join(" and ")} player`);
  }
  if (edited === source) return { source, changes: [], kept };
  // Read the edited file back: every field set as meant, the body as it was (less the players).
  const check = readFrontMatter(edited);
  const after = liftExtra(check.data) as Data;
  const expectedBody = hasAudio && embeds.length ? deleteHostEmbeds(episode.body) : episode.body;
  for (const edit of edits) {
    const value = after[edit.key];
    const same = typeof edit.value === "object" ? sameAudio(value, edit.value) : value === edit.value;
    if (check.error || !same) return { source, changes: [], kept, error: `${edit.key} could not be written safely` };
  }
  if (check.body !== expectedBody) return { source, changes: [], kept, error: "the body would change" };
  return { source: edited, changes, kept };
}

/** Numbers for new items: the feed's, else the next free one in the season, in date order. */
function numberNewItems(items: FeedItem[], taken: SiteEpisode[]): Map<FeedItem, { season: number; episode: number }> {
  const used = new Set(taken.flatMap((t) => (t.episode === undefined ? [] : [`${t.season ?? 1}:${t.episode}`])));
  for (const item of items) if (item.episode !== undefined) used.add(`${item.season ?? 1}:${item.episode}`);
  const numbers = new Map<FeedItem, { season: number; episode: number }>();
  const byDate = [...items].sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0));
  for (const item of byDate) {
    const season = item.season ?? 1;
    if (item.episode !== undefined) {
      numbers.set(item, { season, episode: item.episode });
      continue;
    }
    let episode = 1;
    while (used.has(`${season}:${episode}`)) episode++;
    used.add(`${season}:${episode}`);
    numbers.set(item, { season, episode });
  }
  return numbers;
}

export function planImport(feed: Feed, files: readonly SourceFile[], options: ImportOptions): ImportPlan {
  const { folder, force = false } = options;
  const episodes = files.map((f) => siteEpisode(f, folder));
  const sources = new Map(files.map((f) => [f.file, f.source]));
  const byFile = new Map(episodes.map((e) => [e.file, e]));
  const plan: ImportPlan = {
    writes: [],
    matched: [],
    created: [],
    ambiguous: [],
    conflicts: [],
    failed: [],
    skipped: [],
    refused: [],
  };
  const usable = feed.items.filter((item) => !item.refused.length);
  plan.refused = feed.items.flatMap((item) => (item.refused.length ? [{ item, reasons: item.refused }] : []));
  plan.skipped = usable.filter((i) => !i.audio);
  const outcomes: Outcome[] = matchItems(
    usable.filter((i) => i.audio),
    episodes,
  );
  const fresh: FeedItem[] = [];
  for (const outcome of outcomes) {
    const { item } = outcome;
    if (outcome.kind === "new") fresh.push(item);
    if (outcome.kind === "ambiguous") {
      const candidates = outcome.candidates.map((c) => c.file);
      plan.ambiguous.push({ item, rule: outcome.rule, candidates, reason: outcome.reason });
    }
    if (outcome.kind === "conflict" && !force) {
      plan.conflicts.push({ item, file: outcome.file.file, message: outcome.message });
    }
    if (outcome.kind === "matched" || (outcome.kind === "conflict" && force)) {
      const episode = byFile.get(outcome.file.file)!;
      const result = editFile(episode, sources.get(episode.file)!, item, force);
      if (result.error) {
        plan.failed.push({ item, file: episode.file, message: result.error });
        continue;
      }
      plan.matched.push({ item, file: episode.file, rule: outcome.rule, changes: result.changes, kept: result.kept });
      if (result.changes.length) plan.writes.push({ file: episode.file, source: result.source, created: false });
    }
  }
  const numbers = numberNewItems(fresh, episodes);
  const names = new Set(files.map((f) => f.file));
  for (const item of fresh) {
    const made = newEpisodeFile(
      item,
      numbers.get(item)!,
      options.chapters?.get(item.chaptersUrl ?? "") ?? item.chapters,
    );
    let file = `${folder}/${made.name}`;
    for (let n = 2; names.has(file); n++) file = `${folder}/${made.name.replace(/\.md$/, `-${n}.md`)}`;
    names.add(file);
    plan.created.push({ item, file, notes: [...item.notes, ...made.notes] });
    plan.writes.push({ file, source: made.source, created: true });
  }
  return plan;
}

export const label = (item: FeedItem) => `item ${item.index} "${item.title}"${item.guid ? ` (guid ${item.guid})` : ""}`;

/** The report the command prints: what was matched and how, created, and left to decide. */
export function formatPlan(plan: ImportPlan, dryRun: boolean): string[] {
  const lines: string[] = [];
  const will = dryRun ? "would " : "";
  const changed = plan.matched.filter((m) => m.changes.length);
  const unchanged = plan.matched.length - changed.length;
  if (plan.matched.length) {
    lines.push(
      `Matched ${plan.matched.length} items to episode files${unchanged ? ` (${unchanged} already up to date)` : ""}:`,
    );
    for (const m of plan.matched) {
      const what = m.changes.length ? `${will}set ${m.changes.join(", ")}` : "up to date";
      const keep = m.kept.length ? `; kept the file's own ${m.kept.join(", ")} (--force replaces it)` : "";
      const notes = m.changes.length && m.item.notes.length ? `; ${m.item.notes.join("; ")}` : "";
      lines.push(`  ${m.file} ← ${label(m.item)}, by ${m.rule}: ${what}${keep}${notes}`);
    }
  }
  if (plan.created.length) {
    lines.push(`${dryRun ? "Would create" : "Created"} ${plan.created.length} episode files for items with none:`);
    for (const c of plan.created) {
      lines.push(`  ${c.file} ← ${label(c.item)}${c.notes.length ? `: ${c.notes.join("; ")}` : ""}`);
    }
  }
  if (plan.skipped.length) {
    lines.push(`Skipped ${plan.skipped.length} items without audio: ${plan.skipped.map(label).join(", ")}`);
  }
  const undecided = plan.ambiguous.length + plan.conflicts.length + plan.failed.length + plan.refused.length;
  if (undecided) {
    lines.push(`Left to decide (${undecided}): nothing was written for these items.`);
    for (const r of plan.refused) {
      const what = r.file ? `${r.file} was not written, as the content check would refuse it: ` : "not imported, as ";
      lines.push(`  ${label(r.item)}: ${what}${[...r.reasons, ...r.item.notes].join("; ")}`);
    }
    for (const a of plan.ambiguous) {
      lines.push(
        a.reason
          ? `  ${label(a.item)}: ambiguous by ${a.rule}, ${a.reason}: if it is that episode, set the item's guid in ${a.candidates.join(", ")}; if not, give the item a file of its own with its guid; then run the import again`
          : `  ${label(a.item)}: ambiguous by ${a.rule}, candidates ${a.candidates.join(", ")}: set the guid in the right file and run the import again`,
      );
    }
    for (const c of plan.conflicts) {
      lines.push(
        `  ${label(c.item)}: conflict with ${c.file}, which ${c.message}: fix the file, or run with --force to take the feed's`,
      );
    }
    for (const f of plan.failed)
      lines.push(`  ${label(f.item)}: ${f.file} was not edited, as ${f.message}: set it by hand`);
  }
  if (!plan.writes.length) lines.push("Nothing to change: every file is up to date.");
  return lines;
}
