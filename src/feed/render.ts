import { absolute, routes } from "../routes.ts";
import type { Episode } from "../podcast/episode.ts";
import type { Show } from "../podcast/show.ts";
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

function persons(show: Show, episode?: Episode): (XmlElement | undefined)[] {
  const guests = (episode?.guests ?? []).map((g) =>
    el("podcast:person", { role: "guest", group: "cast", href: g.url, img: g.image && absolute(g.image) }, g.name),
  );
  const hosts = show.hosts.map((h) =>
    el("podcast:person", { role: h.role, group: h.group, href: h.url, img: h.image }, h.name),
  );
  return [...guests, ...hosts];
}

function item(episode: Episode, show: Show, notesHtml: string | undefined): XmlElement | undefined {
  const audio = episode.audio!;
  const link = absolute(episode.url);
  const numbered = !(episode.episodeType === "trailer" && episode.episode === 0);
  return el(
    "item",
    {},
    el("title", {}, episode.title),
    el("link", {}, link),
    el("guid", { isPermaLink: "false" }, episode.guid),
    el("pubDate", {}, episode.date.toUTCString()),
    el("description", {}, truncateBytes(episode.summary, 4000)),
    notesHtml !== undefined && el("content:encoded", {}, absolutize(notesHtml, link)),
    el("enclosure", { url: absolute(audio.url), length: audio.length, type: audio.type }),
    audio.duration !== undefined && el("itunes:duration", {}, String(audio.duration)),
    el("itunes:explicit", {}, String(episode.explicit)),
    el("itunes:season", {}, String(episode.season)),
    numbered && el("itunes:episode", {}, String(episode.episode)),
    el("itunes:episodeType", {}, episode.episodeType),
    episode.image && el("itunes:image", { href: absolute(episode.image) }),
    el("podcast:season", {}, String(episode.season)),
    numbered && el("podcast:episode", {}, String(episode.episode)),
    ...persons(show, episode),
    ...transcriptLinks(episode).map((t) =>
      el("podcast:transcript", {
        url: absolute(t.url),
        type: t.type,
        language: show.language,
        rel: t.format === "vtt" ? "captions" : undefined,
      }),
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
export function renderFeed(show: Show, episodes: Episode[], notes: Map<string, string> = new Map()): string {
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
    ...items.map((episode) => item(episode, show, notes.get(episode.id))),
  );
  return xmlDocument(el("rss", { version: "2.0", ...NAMESPACES }, channel)!);
}
