import type { ImageMetadata } from "astro";
import { getImage } from "astro:assets";
import { artWidths } from "./art-widths.ts";
import show from "../show.config.ts";
import type { Episode } from "../podcast/episode.ts";
import type { Season } from "../podcast/catalog.ts";
import { filesOf } from "./catalog.ts";

/**
 * The show's art as `astro:assets` takes it: the cover and logo in `public/` and any image beside
 * an episode file, imported only when a page shows it. The build writes the WebP sizes the pages
 * ask for into `_astro/`; the originals stay where the feed points.
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

/** The show's logo, when the config names one. */
export const logoArt = () => (show.logo ? imageAt(`public${show.logo}`) : undefined);

/** The image an episode serves at `url` (its art, a guest's photo), if it is a local file. */
async function fileImage(episode: Episode, url: string | undefined): Promise<ImageMetadata | undefined> {
  const file = url ? (await filesOf(episode)).find((f) => f.url === url) : undefined;
  return file && imageAt(file.source);
}

/**
 * An episode's art, else the show's. Art on another site is not shown (pages load nothing from
 * another origin); the feed still names it.
 */
export async function episodeArt(episode: Episode): Promise<ImageMetadata> {
  return (await fileImage(episode, episode.image)) ?? coverArt();
}

/** The art of many episodes, in order. */
export const episodesArt = (episodes: Episode[]) => Promise.all(episodes.map(episodeArt));

/** A season's art: its first episode's, else the show's. */
export const seasonArt = (season: Season) => (season.episodes[0] ? episodeArt(season.episodes[0]) : coverArt());

/** Each guest's local image, where one is given. */
export const guestImages = (episode: Episode) =>
  Promise.all(episode.guests.map((guest) => fileImage(episode, guest.image)));

export interface ArtSources {
  src: string;
  srcset: string;
  /** The size the art shows at, for the `width` and `height` that keep its box from shifting. */
  width: number;
  height: number;
}

// One request per image and width for the whole build: a list page shows dozens of cards with the
// same cover, and asking astro:assets for each again cost more than the rest of the card.
const webp = (image: ImageMetadata, width: number) =>
  getImage({ src: image, width, format: "webp" }).then((result) => result.src);
const made = new Map<string, Promise<string>>();
function madeAt(image: ImageMetadata, width: number): Promise<string> {
  const key = `${image.src} ${width}`;
  let src = made.get(key);
  if (!src) {
    src = webp(image, width);
    made.set(key, src);
  }
  return src;
}

/**
 * The `src` and `srcset` of art shown `size` CSS px wide. `outsidePages` for a caller that is not
 * rendering a page (search's documents, made before the first page): the build writes only the
 * images pages ask for, so such a call must not fill the cache that pages read.
 */
export async function artSources(image: ImageMetadata, size: number, outsidePages = false): Promise<ArtSources> {
  const widths = artWidths(size, image.width);
  const srcs = await Promise.all(widths.map((w) => (outsidePages ? webp : madeAt)(image, w)));
  const width = Math.min(size, image.width);
  return {
    src: srcs[0],
    srcset: srcs.map((src, i) => `${src} ${widths[i]}w`).join(", "),
    width,
    height: Math.round((width * image.height) / image.width),
  };
}
