import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import show from "../show.config.ts";
import type { Episode } from "../podcast/episode.ts";
import { CARD, COVER, type CardInput, cardInput, cardLook } from "../podcast/card.ts";
import { fontVariants } from "../podcast/font.ts";
import { derivePalette } from "../podcast/palette.ts";
import { CARD_FONTS, type CardFont, cardFontPath, projectRequire } from "./card-fonts.ts";
import { readJson, writeWhole } from "./whole-files.ts";
import { runningFiles } from "./imports.ts";
import { walkFolder } from "./walk.ts";

/**
 * Social cards are cached here by a hash of everything that makes them, so that a rebuild draws only
 * the cards whose episode changed. It lies in Astro's own cache folder (`cacheDir` in
 * astro.config.mjs), which CI keeps between runs (README: Build caches).
 */
export const CARD_CACHE = join(".astro", "cache", "social-cards");

/** A card of the built site: what is drawn on it, and the episode file to name if it fails. */
export interface CardRequest {
  /** Where the site serves it, without the base path: where the build writes it in the output. */
  path: string;
  file: string;
  input: CardInput;
}

/** What every card of the show shares: its name, address, colours (from the accent) and font. */
export const look = cardLook(show.title, show.site, derivePalette(show.accent), show.font?.family);

/**
 * The show's font as the cards draw it: the Latin file of its Fontsource package, as the pages load
 * it. A variable font is one file, which the drawing makes static at each weight it needs.
 */
export const cardFont: CardFont[] = show.font
  ? fontVariants(show.font).map((variant, _, all) => ({
      family: show.font!.family,
      file: variant.src[0],
      weight: variant.weight === "700" ? 700 : 400,
      ...(all.length === 1 && { variable: true }),
    }))
  : [];

let cover: Promise<{ uri: string; hash: string }> | undefined;
/** The show's cover at the size the card shows it, as a data URI, and the hash of its pixels; made once. */
export function cardCover() {
  return (cover ??= sharp(join(process.cwd(), "public", show.cover))
    .resize(COVER.size, COVER.size)
    .png()
    .toBuffer()
    .then((png) => ({
      uri: `data:image/png;base64,${png.toString("base64")}`,
      hash: createHash("sha256").update(png).digest("hex"),
    })));
}

/** The worker that draws cards (integrations/social-cards.ts starts it): where the drawing code begins. */
export const CARD_WORKER = new URL("./card-worker.ts", import.meta.url);

let drawing: string | undefined;
/**
 * How cards are drawn, as a hash: every file of the drawing code (the worker and what it imports),
 * the versions of satori, sharp and libvips, HarfBuzz, the WOFF2 decoder and the emoji, and the font
 * files, the show's own included. A change to any of them draws every card again.
 */
export function drawingDigest(): string {
  if (drawing) return drawing;
  const hash = createHash("sha256");
  const worker = fileURLToPath(CARD_WORKER);
  const src = join(dirname(worker), "..");
  for (const file of runningFiles(worker)) hash.update(`${relative(src, file)}\0`).update(readFileSync(file));
  const version = (name: string) => (projectRequire(`${name}/package.json`) as { version: string }).version;
  hash.update(
    JSON.stringify([
      version("satori"),
      version("@twemoji/svg"),
      version("harfbuzzjs"),
      version("wawoff2"),
      sharp.versions,
    ]),
  );
  for (const font of [...cardFont, ...CARD_FONTS]) hash.update(readFileSync(cardFontPath(font)));
  return (drawing = hash.digest("hex"));
}

/** The cache's note of the sources of the last build whose cards were all in the cache at its end. */
const SOURCES = "sources.json";

/**
 * What the cards are made from, as a hash of files: everything editors write under src/content/,
 * the show config, the show's cover and how cards are drawn (`drawingDigest`). Known before the
 * model is, so that the build can tell at its start whether a card may be missing: only where they
 * differ from the last build's (`cardsMayBeMissing`). The model's code may change what a card shows
 * too; such a card is then drawn all the same, by a drawer started once the cards are known.
 */
export function cardSources(root = process.cwd()): string {
  // Walked as the project's checks walk it (walk.ts): Node's own recursive listing follows every
  // link, and `src/content/x -> /` would have the hash read the whole machine.
  const content = walkFolder(root, "src/content", { strict: true }).files;
  const files = [...content, "src/show.config.ts", `public${show.cover}`].sort();
  // Read in one go rather than a file a turn: the card drawer, if any, starts once this is known,
  // and a rebuild needs it ready by the end of the pages (1,000 episodes: about 20 ms).
  const hash = createHash("sha256").update(drawingDigest());
  for (const file of files) {
    const path = join(root, file);
    hash.update(`${file}\0`).update(existsSync(path) ? readFileSync(path) : "(no file)");
  }
  return hash.digest("hex");
}

/** Whether the cache may lack a card: unless `sources` are those of a build that ended with every card there. */
export function cardsMayBeMissing(sources: string, root = process.cwd()): boolean {
  return (readJson(join(root, CARD_CACHE, SOURCES)) as { sources?: string } | undefined)?.sources !== sources;
}

/** Notes that every card made from `sources` is in the cache. */
export function rememberCardSources(sources: string, root = process.cwd()): void {
  writeWhole(join(root, CARD_CACHE, SOURCES), JSON.stringify({ sources }));
}

/**
 * Where the cache keeps a card: named by the hash of what is drawn, the show's look, the cover's
 * pixels, the size and how it is drawn.
 */
export function cachedCard(input: CardInput, coverHash: string): string {
  const key = createHash("sha256")
    .update(JSON.stringify([input, look, cardFont, coverHash, CARD, drawingDigest()]))
    .digest("hex")
    .slice(0, 32);
  return join(process.cwd(), CARD_CACHE, `${key}.png`);
}

/** The name of a card in the cache (`cachedCard`): other files there are no cards. */
const CARD_FILE = /^[0-9a-f]{32}\.png$/;

/**
 * Removes from the cache every card but those of `kept` (paths from `cachedCard`), once a build has
 * put all of them in the site. Else a card that no episode shows any more would stay: that of an
 * episode deleted or retitled, and every card after anything about the drawing changed, so that
 * the folder CI keeps between runs would grow with every such change. Resolves to how many went.
 */
export async function pruneCards(kept: readonly string[], root = process.cwd()): Promise<number> {
  const dir = join(root, CARD_CACHE);
  const keep = new Set(kept.map((file) => basename(file)));
  const names = await readdir(dir).catch(() => []);
  const stale = names.filter((name) => CARD_FILE.test(name) && !keep.has(name));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale.length;
}

/** Keeps a drawn card in the cache, written whole. */
export function storeCard(cached: string, png: Uint8Array): void {
  writeWhole(cached, png);
}

let drawCard: Promise<(input: CardInput) => Promise<Buffer>> | undefined;

/** The PNG of an episode's card, from the cache when nothing that makes it changed: what the dev server serves. */
export async function renderCard(episode: Episode): Promise<Buffer> {
  const input = cardInput(episode);
  const art = await cardCover();
  const cached = cachedCard(input, art.hash);
  if (existsSync(cached)) return readFileSync(cached);
  // Loaded only here: a build draws in worker threads, and its main thread need not load satori. Made
  // once, so that the backdrop every card shares is drawn once too.
  drawCard ??= import("./card-draw.ts").then(({ cardDrawer }) => cardDrawer(art.uri, look, cardFont));
  const png = await (await drawCard)(input);
  storeCard(cached, png);
  return png;
}
