import type { ImageMetadata } from "astro";
import show from "../show.config.ts";
import type { Episode } from "../podcast/episode.ts";
import type { Season } from "../podcast/catalog.ts";
import { filesOf } from "./catalog.ts";
import { ART_WIDTHS, madeAt } from "../components/art-sources.ts";
import type { FeedImage } from "../feed/render.ts";

/**
 * Which image each piece of art is, as `astro:assets` takes it: the cover and logo in `public/` and
 * any image beside an episode file, imported only when a page shows it. The pages hand them to
 * components/Art.astro, which asks for the WebP sizes it shows (components/art-sources.ts); the
 * originals stay where the feed points. The build reads every file the patterns match, so the content
 * check reads each too (`ART_GLOB` in images.ts, the same patterns).
 */
const images = import.meta.glob<ImageMetadata>(
  ["/public/**/*.{png,jpg,jpeg,webp,avif,svg}", "/src/content/episodes/**/*.{png,jpg,jpeg,webp,avif}"],
  { import: "default" },
);

/** The image of a project file (`public/cover.png`), if it is one. */
function imageAt(source: string): Promise<ImageMetadata | undefined> {
  const load = images[`/${source}`];
  return load ? load() : Promise.resolve(undefined);
}

/** The show's cover art; the feed's checks make sure it exists. */
export async function coverArt(): Promise<ImageMetadata> {
  const cover = await imageAt(`public${show.cover}`);
  if (!cover) throw new Error(`The cover art public${show.cover} cannot be read`);
  return cover;
}

/**
 * The cover at the widths of the art ladder below its own, as WebP: the very files the pages show,
 * which the feed names as `podcast:image` beside the original so that an app takes the size it needs.
 */
export async function coverCopies(): Promise<FeedImage[]> {
  const cover = await coverArt();
  const widths = ART_WIDTHS.filter((w) => w < cover.width).reverse();
  return Promise.all(
    widths.map(async (width) => ({
      url: await madeAt(cover, width),
      width,
      height: Math.round((width * cover.height) / cover.width),
      type: "image/webp",
    })),
  );
}

/** The show's logo, when the config names one. */
export const logoArt = () => (show.logo ? imageAt(`public${show.logo}`) : undefined);

/** The image an episode serves at `url` (its art, a guest's photo), if it is a local file. */
async function fileImage(episode: Pick<Episode, "id">, url: string | undefined): Promise<ImageMetadata | undefined> {
  const file = url ? (await filesOf(episode)).find((f) => f.url === url) : undefined;
  return file && imageAt(file.source);
}

/**
 * An episode's art, else the show's. Art on another site is not shown (pages load nothing from
 * another origin); the feed still names it.
 */
export async function episodeArt(episode: Pick<Episode, "id" | "image">): Promise<ImageMetadata> {
  return (await fileImage(episode, episode.image)) ?? coverArt();
}

/** The art of many episodes, in order. */
export const episodesArt = (episodes: Episode[]) => Promise.all(episodes.map(episodeArt));

/** A season's art: its first episode's, else the show's. */
export const seasonArt = (season: Season) => (season.episodes[0] ? episodeArt(season.episodes[0]) : coverArt());

/** Each guest's local image, where one is given. */
export const guestImages = (episode: Episode) =>
  Promise.all(episode.guests.map((guest) => fileImage(episode, guest.image)));
