/**
 * The Podcasting 2.0 tags of a host's feed, as feedsmith reads them, in the shape of the site's own
 * fields (an episode's front matter) and settings (the show config). Nothing here is trusted: the
 * import writes a value only once the site's schema has passed it, and names what it left out.
 */
import { amountText } from "../../podcast/namespace-syntax.ts";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter((v) => v && typeof v === "object") : []);

/** An object without its undefined values, so that a field left out is not written as empty. */
const defined = <T extends Raw>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== "")) as T;

/** A number as the site writes an amount: in digits, never `5e-8`. */
const amount = (value: unknown) => (typeof value === "number" ? amountText(value) : value);

const locations = (podcast: Raw) =>
  list(podcast.locations).map((l) =>
    defined({ name: l.display, geo: l.geo, osm: l.osm, rel: l.rel, country: l.country }),
  );

function license(podcast: Raw) {
  const l: Raw | undefined = podcast.license;
  if (!l?.display) return undefined;
  return l.url ? { name: l.display, url: l.url } : l.display;
}

function value(podcast: Raw) {
  const v = list(podcast.values).find((x) => x.type === "lightning") ?? list(podcast.values)[0];
  if (!v) return undefined;
  return defined({
    type: v.type,
    method: v.method,
    suggested: amount(v.suggested),
    recipients: list(v.valueRecipients).map((r) =>
      defined({
        name: r.name,
        type: r.type,
        address: r.address,
        split: r.split,
        customKey: r.customKey,
        customValue: r.customValue,
        fee: r.fee,
      }),
    ),
  });
}

/** An RFC 2822 date as the site writes dates (`2021-04-01T13:00:00Z`); anything else as it is, for the schema to name. */
function isoDate(value: unknown) {
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().replace(/\.000Z$/, "Z") : value;
}

const nonEmpty = <T>(items: T[]) => (items.length ? items : undefined);

/** An item's fields: soundbites, alternate files (by their first https source), places, licence, conversations, value. */
export function itemFields(podcast: Raw = {}): Record<string, unknown> {
  return defined({
    soundbites: nonEmpty(
      list(podcast.soundbites).map((b) => defined({ start: b.startTime, duration: b.duration, title: b.display })),
    ),
    alternateEnclosures: nonEmpty(
      list(podcast.alternateEnclosures).flatMap((a) => {
        const sources = list(a.sources).map((s) => String(s.uri));
        const url = sources.find((uri) => /^https:\/\//i.test(uri));
        if (!url) return [];
        // The others the site may write in the feed: https mirrors and IPFS content ids.
        const more = sources.filter((uri) => uri !== url && /^(https|ipfs):\/\//i.test(uri));
        return [
          defined({
            url,
            sources: nonEmpty(more),
            type: a.type,
            length: a.length,
            bitrate: a.bitrate,
            height: a.height,
            title: a.title,
            default: a.default,
          }),
        ];
      }),
    ),
    location: nonEmpty(locations(podcast)),
    license: license(podcast),
    socialInteract: nonEmpty(
      list(podcast.socialInteracts).map((s) =>
        defined({
          url: s.uri,
          protocol: s.protocol,
          priority: s.priority,
          accountId: s.accountId,
          accountUrl: s.accountUrl,
        }),
      ),
    ),
    value: value(podcast),
  });
}

/** The channel's settings of the same tags, and the show's schedule, blocks, podroll, publisher and tokens. */
export function channelSettings(podcast: Raw = {}, itunes: Raw = {}): Record<string, unknown> {
  const blocks = list(podcast.blocks);
  const frequency: Raw | undefined = podcast.updateFrequency;
  const publisher: Raw | undefined = podcast.publisher?.remoteItem;
  return defined({
    license: license(podcast),
    location: nonEmpty(locations(podcast)),
    updateFrequency:
      frequency?.display &&
      defined({
        text: frequency.display,
        rrule: frequency.rrule,
        complete: frequency.complete,
        dtstart: frequency.dtstart instanceof Date ? frequency.dtstart.toISOString() : frequency.dtstart,
      }),
    complete: itunes.complete === true ? true : undefined,
    block: nonEmpty(blocks) && {
      all: blocks.some((b) => !b.id && b.value === true) || itunes.block === true,
      platforms: blocks.filter((b) => b.id && b.value === true).map((b) => b.id),
      allow: blocks.filter((b) => b.id && b.value === false).map((b) => b.id),
    },
    podroll: nonEmpty(
      list(podcast.podroll?.remoteItems).map((r) => defined({ feedGuid: r.feedGuid, feedUrl: r.feedUrl })),
    ),
    publisher: publisher?.feedGuid && defined({ feedGuid: publisher.feedGuid, feedUrl: publisher.feedUrl }),
    txt: nonEmpty(list(podcast.txts).map((t) => defined({ value: t.display, purpose: t.purpose }))),
    trailers: nonEmpty(
      list(podcast.trailers).map((t) =>
        defined({
          title: t.display,
          url: t.url,
          pubdate: isoDate(t.pubDate),
          length: t.length,
          type: t.type,
          season: t.season,
        }),
      ),
    ),
    hosts: nonEmpty(
      list(podcast.persons).map((p) =>
        defined({ name: p.display, role: p.role?.toLowerCase(), url: p.href, image: p.img }),
      ),
    ),
    value: value(podcast),
  });
}
