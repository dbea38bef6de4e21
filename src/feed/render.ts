import { absolute, routes, throughPrefixes } from "../routes.ts";
import type { Episode, License, Location, Value } from "../podcast/episode.ts";
import type { GuestPage } from "../podcast/guests.ts";
import type { Show } from "../podcast/show.ts";
import { socialCard } from "../podcast/social-card.ts";
import { truncateBytes } from "../podcast/text.ts";
import { cueTime, transcriptLinks } from "../podcast/transcript.ts";
import { NAMESPACES } from "./namespaces.ts";
import { el, type XmlElement, xmlDocument } from "./xml.ts";

/** An episode is in the feed only when apps can play it: published, with audio of known size. */
export const inFeed = (episode: Episode) => Boolean(episode.audio?.length);

/** Makes every link and image in show notes absolute, as podcast apps have no base URL. */
export function absolutize(html: string, base: string): string {
  return html.replace(/\b(href|src|poster)=("|')(.*?)\2/gi, (match, attr: string, quote: string, value: string) => {
    if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(value)) return match;
    try {
      return `${attr}=${quote}${new URL(value.replace(/&amp;/g, "&"), base).href.replace(/&/g, "&amp;")}${quote}`;
    } catch {
      return match;
    }
  });
}

/** What the feed knows besides the show and its episodes. */
export interface FeedExtras {
  /** The guests' pages, whose profiles give a guest's photo and link. */
  guests?: readonly GuestPage[];
  /** The cover's size and type, read from the file, for `podcast:image`. */
  cover?: { width: number; height: number; type: string };
  /** Smaller copies of the cover the build made, each a `podcast:image` beside the original. */
  coverCopies?: readonly FeedImage[];
}

/** An image the site serves at `url` (a path of the site), with its facts. */
export interface FeedImage {
  url: string;
  width: number;
  height: number;
  type: string;
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
/** `1/1`, `16/9`: the namespace's aspect-ratio of an image. */
export const aspectRatio = (width: number, height: number) =>
  `${width / gcd(width, height)}/${height / gcd(width, height)}`;

/** The cover as `podcast:image`: the file itself, then each copy, as the namespace describes an image. */
function coverImages(show: Show, extras: FeedExtras) {
  const cover = extras.cover;
  const images = [
    { url: routes.asset(show.cover), width: cover?.width, height: cover?.height, type: cover?.type },
    ...(extras.coverCopies ?? []),
  ];
  return images.map((image) =>
    el("podcast:image", {
      href: absolute(image.url),
      "aspect-ratio": image.width && image.height ? aspectRatio(image.width, image.height) : undefined,
      width: image.width,
      height: image.height,
      type: image.type,
      purpose: "artwork",
    }),
  );
}

/** A media file's URL as apps fetch it: absolute, through the show's analytics prefixes. */
const mediaUrl = (show: Show, url: string) => throughPrefixes(absolute(url), show.analytics?.prefixes ?? []);

const yesNo = (flag: boolean | undefined) => (flag === undefined ? undefined : flag ? "true" : "false");

/** A guest's link and photo: as the episode gives them, else from their profile, else their page here. */
function persons(show: Show, episode?: Episode, extras: FeedExtras = {}): (XmlElement | undefined)[] {
  const pages = new Map((extras.guests ?? []).map((p) => [p.url, p]));
  const guests = (episode?.guests ?? []).map((g) => {
    const page = g.page ? pages.get(g.page) : undefined;
    const href = g.url ?? page?.links[0]?.url ?? (page && absolute(page.url));
    const img = g.image ?? page?.image;
    return el("podcast:person", { role: "guest", group: "cast", href, img: img && absolute(img) }, g.name);
  });
  const person = (p: { name: string; role: string; group: string; url?: string; image?: string }) =>
    el("podcast:person", { role: p.role, group: p.group, href: p.url, img: p.image }, p.name);
  // The namespace reads an item's persons instead of the channel's: an episode that names its own
  // hosts (a guest host, a stand-in) has them alone; any other has the show's.
  const own = episode?.persons ?? [];
  const hosts = own.some((p) => p.role === "host") ? [] : show.hosts;
  return [...guests, ...hosts.map(person), ...own.map(person)];
}

const license = (l: License | undefined) =>
  l && el("podcast:license", { url: l.url }, l.url ? l.name : l.name.toLowerCase());

const locations = (list: readonly Location[]) =>
  list.map((l) => el("podcast:location", { rel: l.rel, geo: l.geo, osm: l.osm, country: l.country }, l.name));

function value(v: Value | undefined) {
  if (!v) return undefined;
  return el(
    "podcast:value",
    { type: v.type, method: v.method, suggested: v.suggested },
    // A recipient's fields are the tag's attributes, by the same names and in the spec's order.
    ...v.recipients.map((r) => el("podcast:valueRecipient", { ...r, fee: yesNo(r.fee) })),
  );
}

/** Podcasting 2.0 tags of an item: soundbites, alternate files, places, licence, conversations, value. */
function itemExtras(episode: Episode, show: Show): (XmlElement | undefined)[] {
  return [
    ...episode.soundbites.map((b) =>
      el("podcast:soundbite", { startTime: b.start, duration: b.duration }, b.title ?? ""),
    ),
    ...episode.alternates.map((a) =>
      el(
        "podcast:alternateEnclosure",
        {
          type: a.type,
          length: a.length,
          bitrate: a.bitrate,
          height: a.height,
          title: a.title,
          default: a.default ? "true" : undefined,
        },
        el("podcast:source", { uri: mediaUrl(show, a.url) }),
        // An ipfs: source is a content id, which no analytics service can stand before.
        ...a.sources.map((uri) => el("podcast:source", { uri: uri.startsWith("ipfs:") ? uri : mediaUrl(show, uri) })),
      ),
    ),
    ...locations(episode.locations),
    license(episode.license),
    ...episode.conversations.map((c) =>
      el("podcast:socialInteract", {
        uri: c.url,
        protocol: c.protocol,
        accountId: c.accountId,
        accountUrl: c.accountUrl,
        priority: c.priority,
      }),
    ),
    value(episode.value),
  ];
}

/**
 * `podcast:trailer` for each trailer of the feed, with its enclosure's facts and its season, then
 * those the show config names (hosted elsewhere), but for one an episode already gives.
 */
function trailers(show: Show, items: readonly Episode[]) {
  const trailer = (t: { url: string; date: Date; length?: number; type?: string; season?: number; title: string }) =>
    el(
      "podcast:trailer",
      { url: t.url, pubdate: t.date.toUTCString(), length: t.length, type: t.type, season: t.season },
      [...t.title].slice(0, 128).join(""),
    );
  const own = items
    .filter((e) => e.episodeType === "trailer")
    .map((e) => ({ ...e.audio!, url: mediaUrl(show, e.audio!.url), date: e.date, season: e.season, title: e.title }));
  const listed = new Set(own.map((t) => t.url));
  const elsewhere = (show.trailers ?? [])
    .map((t) => ({ ...t, url: mediaUrl(show, t.url), date: t.pubdate }))
    .filter((t) => !listed.has(t.url));
  return [...own, ...elsewhere].map(trailer);
}

/** Show-wide Podcasting 2.0 tags: licence, places, schedule, blocks, podroll, publisher, tokens, value. */
function channelExtras(show: Show, items: readonly Episode[], extras: FeedExtras): (XmlElement | undefined | false)[] {
  const block = show.block;
  return [
    show.complete && el("itunes:complete", {}, "Yes"),
    block?.all && el("itunes:block", {}, "Yes"),
    block?.all && el("podcast:block", {}, "yes"),
    ...(block?.platforms ?? []).map((id) => el("podcast:block", { id }, "yes")),
    ...(block?.allow ?? []).map((id) => el("podcast:block", { id }, "no")),
    ...coverImages(show, extras),
    license(show.license),
    ...locations(show.location ?? []),
    show.updateFrequency &&
      el(
        "podcast:updateFrequency",
        {
          rrule: show.updateFrequency.rrule,
          dtstart: show.updateFrequency.dtstart,
          complete: yesNo(show.updateFrequency.complete),
        },
        show.updateFrequency.text,
      ),
    show.podroll &&
      el(
        "podcast:podroll",
        {},
        ...show.podroll.map((p) => el("podcast:remoteItem", { feedGuid: p.feedGuid, feedUrl: p.feedUrl })),
      ),
    show.publisher &&
      el(
        "podcast:publisher",
        {},
        el("podcast:remoteItem", {
          medium: "publisher",
          feedGuid: show.publisher.feedGuid,
          feedUrl: show.publisher.feedUrl,
        }),
      ),
    ...(show.txt ?? []).map((t) => el("podcast:txt", { purpose: t.purpose }, t.value)),
    value(show.value),
    ...trailers(show, items),
  ];
}

function item(episode: Episode, show: Show, notesHtml: string | undefined, extras: FeedExtras): XmlElement | undefined {
  const audio = episode.audio!;
  const link = absolute(episode.url);
  const numbered = !(episode.episodeType === "trailer" && episode.episode === 0);
  const card = socialCard(episode);
  return el(
    "item",
    {},
    el("title", {}, episode.title),
    el("link", {}, link),
    el("guid", { isPermaLink: "false" }, episode.guid),
    el("pubDate", {}, episode.date.toUTCString()),
    el("description", {}, truncateBytes(episode.summary, 4000)),
    notesHtml !== undefined && el("content:encoded", {}, absolutize(notesHtml, link)),
    el("enclosure", { url: mediaUrl(show, audio.url), length: audio.length, type: audio.type }),
    audio.duration !== undefined && el("itunes:duration", {}, String(audio.duration)),
    el("itunes:explicit", {}, String(episode.explicit)),
    el("itunes:season", {}, String(episode.season)),
    numbered && el("itunes:episode", {}, String(episode.episode)),
    el("itunes:episodeType", {}, episode.episodeType),
    episode.image && el("itunes:image", { href: absolute(episode.image) }),
    episode.image && el("podcast:image", { href: absolute(episode.image), purpose: "artwork" }),
    // The card its page shares: apps that show a wide image take it.
    el("podcast:image", {
      href: absolute(card.url),
      alt: card.alt,
      width: card.width,
      height: card.height,
      type: "image/png",
      purpose: "social",
    }),
    el("podcast:season", {}, String(episode.season)),
    numbered && el("podcast:episode", {}, String(episode.episode)),
    ...persons(show, episode, extras),
    ...transcriptLinks(episode).map((t) =>
      el("podcast:transcript", {
        url: absolute(t.url),
        type: t.type,
        language: show.language,
        rel: t.format === "vtt" ? "captions" : undefined,
      }),
    ),
    // Linked as they are: the language only where the editor gave one (the feed's is the default).
    ...episode.otherTranscripts.map((t) =>
      el("podcast:transcript", { url: t.url, type: t.type, language: t.language, rel: t.rel }),
    ),
    episode.chapters.length > 0 &&
      el("podcast:chapters", {
        url: absolute(routes.chapters(episode.slug)),
        type: "application/json+chapters",
      }),
    episode.chapters.length > 0 &&
      el(
        "psc:chapters",
        { version: "1.2" },
        ...episode.chapters.map((c) =>
          el("psc:chapter", { start: cueTime(c.start, "."), title: c.title, href: c.url }),
        ),
      ),
    ...itemExtras(episode, show),
  );
}

function categories(show: Show) {
  const byName = new Map<string, string[]>();
  for (const c of show.categories) {
    const subs = byName.get(c.name) ?? [];
    if (c.subcategory) subs.push(c.subcategory);
    byName.set(c.name, subs);
  }
  return [...byName].map(([name, subs]) =>
    el("itunes:category", { text: name }, ...subs.map((s) => el("itunes:category", { text: s }))),
  );
}

/**
 * The podcast RSS feed. Written directly rather than through @astrojs/rss, whose `customData`
 * goes through an XML parser that rewrites number-like text and drops CDATA.
 */
export function renderFeed(
  show: Show,
  episodes: Episode[],
  notes: Map<string, string> = new Map(),
  extras: FeedExtras = {},
): string {
  const items = episodes.filter(inFeed);
  const feedUrl = absolute(routes.feed());
  const channel = el(
    "channel",
    {},
    el("title", {}, show.title),
    el("link", {}, absolute(routes.home())),
    el("description", {}, show.description),
    el("language", {}, show.language),
    el("copyright", {}, show.copyright),
    items[0] && el("pubDate", {}, items[0].date.toUTCString()),
    el("atom:link", { href: feedUrl, rel: "self", type: "application/rss+xml" }),
    // The funding link as RFC 5988's payment relation too: gPodder and other Atom-minded readers
    // offer "support" from it, and read no podcast:funding.
    show.funding && el("atom:link", { href: show.funding.url, rel: "payment", type: "text/html" }),
    el("itunes:image", { href: absolute(routes.asset(show.cover)) }),
    ...categories(show),
    el("itunes:explicit", {}, String(show.explicit)),
    el("itunes:author", {}, show.author),
    el("itunes:owner", {}, el("itunes:name", {}, show.owner.name), el("itunes:email", {}, show.owner.email)),
    el("itunes:type", {}, show.type),
    show.newFeedUrl && el("itunes:new-feed-url", {}, show.newFeedUrl),
    el("podcast:guid", {}, show.guid),
    el("podcast:locked", { owner: show.owner.email }, show.locked ? "yes" : "no"),
    el("podcast:medium", {}, show.medium),
    show.funding && el("podcast:funding", { url: show.funding.url }, show.funding.text),
    ...persons(show),
    ...channelExtras(show, items, extras),
    ...items.map((episode) => item(episode, show, notes.get(episode.id), extras)),
  );
  return xmlDocument(el("rss", { version: "2.0", ...NAMESPACES }, channel)!);
}
