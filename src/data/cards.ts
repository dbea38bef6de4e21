import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import show from "../show.config.ts";
import { routes, withoutBase } from "../routes.ts";
import type { Episode } from "../podcast/episode.ts";
import { CARD, COVER, type CardInput, cardInput, cardLook, cardTree } from "../podcast/card.ts";
import { fontVariants } from "../podcast/font.ts";
import { derivePalette } from "../podcast/palette.ts";
import type { CardFont } from "./card-draw.ts";
import { afterPages } from "./after-pages.ts";

/**
 * Social cards are cached here by a hash of everything drawn on them, so that a rebuild renders only
 * the cards whose episode changed. CI keeps this folder between runs (README: Social cards).
 */
export const CARD_CACHE = join("node_modules", ".cache", "social-cards");

/** A card that a built page shows: what is drawn on it, and the episode file to name if it fails. */
export interface CardRequest {
  /** Where the site serves it, without the base path: where the build writes it in the output. */
  path: string;
  file: string;
  input: CardInput;
}

/** The cards a build's pages show, which integrations/social-cards.ts writes after them. */
export const cardRequests = afterPages<CardRequest>("social-cards");

/** An episode's social card as its page's `og:image`; in a build, the card is asked for here. */
export function socialCard(episode: Episode) {
  const url = routes.card(episode.slug);
  const path = withoutBase(url);
  cardRequests.ask(path, { path, file: episode.file, input: cardInput(episode) });
  return { url, alt: `${episode.label}: ${episode.title}`, ...CARD };
}

/** What every card of the show shares: its name, address, colours (from the accent) and font. */
export const look = cardLook(
  show.title,
  show.site,
  derivePalette(show.accent),
  show.font && { family: show.font.family, variable: fontVariants(show.font).length === 1 },
);

/**
 * The show's font as the cards draw it: the Latin file of its Fontsource package, as the pages load
 * it. A variable font is drawn at its regular weight, made bold by the drawing where asked.
 */
export const cardFont: CardFont[] = show.font
  ? fontVariants(show.font).map((variant) => ({
      family: show.font!.family,
      file: variant.src[0],
      weight: variant.weight === "700" ? 700 : 400,
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

/**
 * How card-draw.ts draws a card. It is part of the cache key, so that a card drawn the old way is not
 * served as one drawn the new way: change it whenever a change there can change a card's pixels.
 */
const DRAWING = "cover-large-1";

/** Where the cache keeps a card: named by the hash of its layout, the cover's pixels, the card's size and how it is drawn. */
export function cachedCard(input: CardInput, coverHash: string): string {
  const key = createHash("sha256")
    .update(JSON.stringify([cardTree(input, "cover", look), cardFont, coverHash, CARD, DRAWING]))
    .digest("hex")
    .slice(0, 32);
  return join(process.cwd(), CARD_CACHE, `${key}.png`);
}

/** Keeps a drawn card in the cache; written whole, then named, so that a stopped build leaves no half file. */
export function storeCard(cached: string, png: Uint8Array): void {
  mkdirSync(join(process.cwd(), CARD_CACHE), { recursive: true });
  writeFileSync(`${cached}.${process.pid}.tmp`, png);
  renameSync(`${cached}.${process.pid}.tmp`, cached);
}

let drawCard: Promise<(input: CardInput) => Promise<Buffer>> | undefined;

/** The PNG of an episode's card, from the cache when nothing drawn on it changed: what the dev server serves. */
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
