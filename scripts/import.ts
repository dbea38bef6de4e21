// Moves a show here from its host: reads the host's feed, writes each item's guid and audio into
// its episode file (or a new file), and with --show the channel into src/show.config.ts.
// Usage: npm run import -- <feed URL or file> [--dry-run] [--show] [--force] [--download]
// The logic is in src/editing/import/; this file only reads and writes the disk and the network.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { artworkProblems } from "../src/data/apple-art-rules.ts";
import { readAudioContent, readAudioFacts } from "../src/data/audio.ts";
import { checkContext, EPISODES_DIR, readEpisodeFiles } from "../src/data/episode-files.ts";
import { readGuestFolder } from "../src/data/guests.ts";
import { contentKind, DOWNLOAD_LIMITS, kindName } from "../src/editing/import/content-kind.ts";
import { chaptersFromJson } from "../src/editing/import/create.ts";
import { type AudioDownload, localAudio, planDownloads, withDownloads } from "../src/editing/import/download.ts";
import { type Feed, FeedError, type FeedChapter, readFeed } from "../src/editing/import/feed.ts";
import { formatPlan, type ImportPlan, label, planImport, type Write } from "../src/editing/import/plan.ts";
import { formatOfContainer } from "../src/podcast/audio-type.ts";
import { setShowSettings, showSettings } from "../src/editing/import/show-config.ts";
import { refuseWhatTheCheckWould } from "../src/editing/import/verify.ts";
import show from "../src/show.config.ts";
import { writeWhole } from "../src/data/whole-files.ts";
import { fail } from "./cli.ts";
import { download, downloadFile } from "./download.ts";

const USAGE = `Usage: npm run import -- <feed URL or file> [--dry-run] [--show] [--force] [--download]

Reads a podcast host's RSS feed and matches each item to an episode file of src/content/episodes/
(by guid, then season and episode number, then the host's link or player, then date and title).
A matched file gets the item's guid and audio; an item with no file becomes a new file.
  --dry-run   print what would change, and write nothing
  --show      also write the channel's title, description, owner, categories, cover art, funding,
              podcast:guid and Podcasting 2.0 settings (licence, place, podroll, value …) into
              src/show.config.ts
  --force     replace values the files already have (a guid or audio that differs)
  --download  fetch each episode's audio from the host into its page bundle, and name it there,
              so that the show can leave the host (an episode file becomes <name>/index.md)
See docs/moving-from-a-host.md.`;

const SHOW_CONFIG = "src/show.config.ts";
/** Print progress on feeds at least this large. */
const LARGE = 100;

function readFlags() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h", default: false },
        "dry-run": { type: "boolean", default: false },
        show: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        download: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

async function readSource(source: string): Promise<string> {
  if (isUrl(source)) {
    try {
      return new TextDecoder().decode(await download(source, DOWNLOAD_LIMITS.feed));
    } catch (error) {
      fail(`Could not fetch ${source}: ${(error as Error).message}. Nothing was changed.`);
    }
  }
  if (!existsSync(source))
    fail(`No file at ${source}: give the feed's URL or a saved copy of it. Nothing was changed.`);
  return readFileSync(source, "utf8");
}

/** Chapters of the items that become new files, fetched from their `podcast:chapters` files. */
async function fetchChapters(plan: ImportPlan): Promise<Map<string, FeedChapter[]>> {
  const chapters = new Map<string, FeedChapter[]>();
  const wanted = plan.created.filter((c) => c.item.chaptersUrl && !c.item.chapters.length);
  for (const [n, { item }] of wanted.entries()) {
    if (wanted.length >= LARGE && n % 25 === 0) console.error(`Fetching chapters: ${n} of ${wanted.length}…`);
    const url = item.chaptersUrl!;
    try {
      const bytes = await download(url, DOWNLOAD_LIMITS.chapters);
      const kind = contentKind(bytes);
      if (kind !== "json") throw new Error(`expected a JSON chapters file at ${url}, found ${kindName(kind)}`);
      const notes: string[] = [];
      chapters.set(url, chaptersFromJson(JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, "")), notes));
      if (notes.length) console.error(`Chapters of ${label(item)}: ${notes.join("; ")}`);
    } catch (error) {
      console.error(`Chapters of ${label(item)} not fetched: ${(error as Error).message}`);
    }
  }
  return chapters;
}

/** The channel's cover art, fetched and checked as the build will check it, or why not. */
async function fetchCover(url: string): Promise<{ path: string; bytes: Uint8Array } | { problem: string }> {
  try {
    const bytes = await download(url, DOWNLOAD_LIMITS.cover);
    const kind = contentKind(bytes);
    if (kind !== "png" && kind !== "jpeg") {
      return { problem: `expected a PNG or JPEG image at ${url}, found ${kindName(kind)}` };
    }
    const path = `/cover.${kind === "png" ? "png" : "jpg"}`;
    const problems = await artworkProblems(url, bytes);
    return problems.length ? { problem: problems.join("; ") } : { path, bytes };
  } catch (error) {
    return { problem: `${(error as Error).message} (${url})` };
  }
}

/** The show config with the channel's settings, and the cover art to save beside it. */
async function showWrite(
  feed: Feed,
  root: string,
  notes: string[],
  online: boolean,
): Promise<{ writes: Write[]; cover?: Uint8Array }> {
  let cover: { path: string; bytes: Uint8Array } | undefined;
  let channel = feed.channel;
  notes.push(...channel.notes.map((note) => `the channel: ${note}`));
  if (channel.image && online) {
    const fetched = await fetchCover(channel.image);
    if ("problem" in fetched) {
      notes.push(`cover art not saved, and the config's kept: ${fetched.problem}`);
      // Said already, and why: no second note to download it.
      channel = { ...channel, image: undefined };
    } else cover = fetched;
  }
  const { settings, notes: more } = showSettings(channel, cover?.path);
  notes.push(...more);
  let text = setShowSettings(readFileSync(join(root, SHOW_CONFIG), "utf8"), settings);
  try {
    // Prettier, where the project has it, keeps the config as the project formats it.
    const prettier = await import("prettier");
    const options = await prettier.resolveConfig(join(root, SHOW_CONFIG));
    if (options) text = await prettier.format(text, { ...options, filepath: join(root, SHOW_CONFIG) });
  } catch {
    // Unformatted, the config still builds.
  }
  const writes: Write[] = [{ file: SHOW_CONFIG, source: text, created: false }];
  if (cover) writes.push({ file: `public${cover.path}`, source: "", created: true });
  return { writes, cover: cover?.bytes };
}

/** The first bytes of a file, which tell what it holds. */
function firstBytes(path: string): Uint8Array {
  const bytes = Buffer.alloc(512);
  const file = openSync(path, "r");
  try {
    return bytes.subarray(0, readSync(file, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(file);
  }
}

/** Removes a saved audio file, and its folder when the download made it and nothing else is in it. */
function removeDownload(root: string, audio: string) {
  rmSync(join(root, audio), { force: true });
  const folder = join(root, dirname(audio));
  if (existsSync(folder) && !readdirSync(folder).length) rmSync(folder, { recursive: true });
}

/**
 * `--download`: each item's audio fetched into its episode's bundle, and the episode file naming it
 * there. What cannot be fetched, or is no audio, keeps the host's URL and is said in `notes`.
 */
async function downloadAudio(
  root: string,
  plan: ImportPlan,
  files: readonly { file: string; source: string }[],
  downloads: readonly AudioDownload[],
  notes: string[],
) {
  const texts = new Map([
    ...files.map((f) => [f.file, f.source] as const),
    ...plan.writes.map((w) => [w.file, w.source] as const),
  ]);
  const saved: { download: AudioDownload; text: string }[] = [];
  for (const [n, item] of downloads.entries()) {
    console.error(`Downloading audio ${n + 1} of ${downloads.length}: ${item.url}`);
    try {
      const path = join(root, item.audio);
      await downloadFile(item.url, path, DOWNLOAD_LIMITS.audio);
      // A host that lost a file answers with a page: what was saved is read for what it is.
      if (!formatOfContainer((await readAudioContent(path)).container)) {
        throw new Error(`expected audio at ${item.url}, found ${kindName(contentKind(firstBytes(path)))}`);
      }
      const facts = await readAudioFacts(path);
      saved.push({ download: item, text: localAudio(texts.get(item.file)!, item, facts) });
    } catch (error) {
      removeDownload(root, item.audio);
      notes.push(
        `${label(item.item)}: audio not downloaded, ${(error as Error).message}; ${item.file} keeps ${item.url}`,
      );
    }
  }
  return { saved, ...withDownloads(plan, saved) };
}

async function main() {
  const { values, positionals } = readFlags();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) fail(USAGE);
  const [source] = positionals;
  const dryRun = values["dry-run"];
  const root = process.cwd();

  let feed: Feed;
  try {
    feed = readFeed(await readSource(source), source);
  } catch (error) {
    if (error instanceof FeedError) fail(`${error.message}\nNothing was changed.`);
    throw error;
  }
  console.log(`Read ${feed.items.length} items of "${feed.channel.title}".`);

  // A file's byte order mark is kept, so that an edit writes it back.
  const files = readEpisodeFiles(root, EPISODES_DIR, { keepBom: true });
  if (feed.items.length >= LARGE) {
    console.error(
      `Matching ${feed.items.length} items to ${files.length} episode files, converting the notes of new ones…`,
    );
  }
  const options = { folder: EPISODES_DIR, force: values.force };
  const notes: string[] = [];
  let plan = planImport(feed, files, options);
  // A feed read from a saved file is imported offline: chapters and cover art are named, not fetched.
  const online = isUrl(source);
  if (online && plan.created.some((c) => c.item.chaptersUrl && !c.item.chapters.length)) {
    plan = planImport(feed, files, { ...options, chapters: await fetchChapters(plan) });
  }
  let moved: string[] = [];
  let saved: AudioDownload[] = [];
  let wanted: AudioDownload[] = [];
  if (values.download) {
    const planned = planDownloads(plan, files, (path) => existsSync(join(root, path)));
    notes.push(...planned.notes);
    wanted = planned.downloads;
    if (!dryRun && wanted.length) {
      const downloaded = await downloadAudio(root, plan, files, wanted, notes);
      ({ plan, moved } = downloaded);
      saved = downloaded.saved.map((s) => s.download);
    }
  }
  // A file that moves into its bundle is checked as gone from where it was.
  const remaining = files.filter((f) => !moved.includes(f.file));
  plan = await refuseWhatTheCheckWould(plan, remaining, checkContext(root, show), readGuestFolder(root));
  const kept = new Set(plan.writes.map((w) => w.file));
  for (const download of saved.filter((d) => !kept.has(d.bundleFile))) removeDownload(root, download.audio);
  saved = saved.filter((d) => kept.has(d.bundleFile));
  /** The file each bundle written replaces, removed once the bundle is written. */
  const replaces = new Map(saved.filter((d) => moved.includes(d.file)).map((d) => [d.bundleFile, d.file]));
  const writes: Write[] = [...plan.writes];
  let cover: Uint8Array | undefined;
  if (values.show) {
    const show = await showWrite(feed, root, notes, online);
    const current = readFileSync(join(root, SHOW_CONFIG), "utf8");
    if (show.writes[0].source !== current) writes.push(show.writes[0]);
    if (show.cover) {
      writes.push(show.writes[1]);
      cover = show.cover;
    }
  }

  console.log(formatPlan(plan, dryRun).join("\n"));
  if (dryRun && wanted.length) {
    console.log(`Would download ${wanted.length} audio files from the host into the episodes' bundles:`);
    for (const d of wanted)
      console.log(`  ${d.audio} ← ${d.url}${d.file === d.bundleFile ? "" : ` (${d.file} moves to ${d.bundleFile})`}`);
  }
  if (saved.length) {
    console.log(`Downloaded ${saved.length} audio files from the host into the episodes' bundles:`);
    for (const d of saved)
      console.log(
        `  ${d.audio} ← ${d.url}${replaces.has(d.bundleFile) ? ` (${d.file} moved to ${d.bundleFile})` : ""}`,
      );
  }
  if (values.show) {
    const changed = writes.some((w) => w.file === SHOW_CONFIG);
    console.log(`${SHOW_CONFIG}: ${changed ? (dryRun ? "would be updated" : "updated") : "already up to date"}`);
  }
  if (notes.length) console.log(`Notes:\n${notes.map((n) => `  ${n}`).join("\n")}`);
  if (dryRun) {
    console.log("Dry run: nothing was written.");
    return;
  }

  let stopping = false;
  process.on("SIGINT", () => {
    stopping = true;
  });
  let done = 0;
  for (const write of writes) {
    // Let a Ctrl-C arrive between files, never inside one.
    await new Promise((resolve) => setImmediate(resolve));
    if (stopping) break;
    writeWhole(join(root, write.file), write.file.startsWith("public/") && cover ? cover : write.source);
    const old = replaces.get(write.file);
    if (old) rmSync(join(root, old));
    done++;
    if (writes.length >= LARGE && done % 50 === 0) console.error(`Written ${done} of ${writes.length} files…`);
  }
  if (stopping) {
    console.error(
      `Stopped after ${done} of ${writes.length} files, each written whole: run the import again to finish.`,
    );
    process.exit(130);
  }
  if (writes.length) {
    console.log(`Wrote ${writes.length} files. Next: npm run check:content, then npm run build.`);
  }
}

await main();
