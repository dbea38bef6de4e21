import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Problem } from "../problems.ts";
import appleCategories from "./apple-categories.json";
import { audioType } from "../podcast/audio-type.ts";
import { NAMESPACES } from "./render.ts";
import personRoles from "./person-roles.json";

/** One broken rule of podcast-feed.md. `item` points at the feed item it was found in. */
export interface FeedProblem {
  rule: string;
  message: string;
  item?: { guid?: string; link?: string; title?: string };
}

type Node = Record<string, unknown>;

const categories = appleCategories as Record<string, string[]>;
const roles = personRoles as Record<string, string>;
const groups = new Set(Object.values(roles));
const MEDIUMS = new Set(["podcast", "music", "video", "film", "audiobook", "newsletter", "blog"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC2822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4})$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  // The show notes are most of a feed's bytes: they are kept as written (escaped or CDATA), which
  // nearly halves the time to check a feed of thousands of items.
  stopNodes: ["rss.channel.item.content:encoded"],
});

/** A link or image in show notes that is not absolute, in escaped or CDATA HTML. */
const RELATIVE_LINK = /\b(?:href|src)=(?:"|'|&quot;|&apos;|&#34;|&#39;)(?![a-z][a-z0-9+.-]*:|#)([^"'&]*)/i;

const bytes = (text: string) => new TextEncoder().encode(text).length;
const isHttps = (url: string | undefined) => !!url && /^https:\/\/[^\s/]+[^\s]*$/.test(url);

function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node !== "object") return String(node);
  return String((node as Node)["#text"] ?? "");
}
const attr = (node: unknown, name: string) =>
  node && typeof node === "object" ? ((node as Node)[`@${name}`] as string | undefined) : undefined;
const all = (node: unknown, name: string): unknown[] =>
  node && typeof node === "object" ? (((node as Node)[name] as unknown[]) ?? []) : [];
const one = (node: unknown, name: string) => all(node, name)[0];

/** Elements with neither text, children nor attributes: apps read them as broken values. */
function findEmpty(node: unknown, path: string, out: string[]) {
  for (const [key, values] of Object.entries(node as Node)) {
    if (key.startsWith("@") || key === "#text" || !Array.isArray(values)) continue;
    for (const value of values) {
      const isEmpty =
        (typeof value === "string" && value.trim() === "") ||
        (typeof value === "object" && value !== null && Object.keys(value).length === 0);
      if (isEmpty) out.push(`${path}/${key}`);
      else if (typeof value === "object" && value !== null) findEmpty(value, `${path}/${key}`, out);
    }
  }
}

function lintPersons(parent: unknown, report: (rule: string, message: string) => void) {
  for (const person of all(parent, "podcast:person")) {
    const role = (attr(person, "role") ?? "host").toLowerCase();
    const group = (attr(person, "group") ?? "cast").toLowerCase();
    if (!(role in roles)) report("person-role", `podcast:person role "${role}" is not in the taxonomy`);
    if (!groups.has(group)) report("person-role", `podcast:person group "${group}" is not in the taxonomy`);
    if (!text(person).trim()) report("person-role", "podcast:person has no name");
  }
}

/** Checks a podcast feed against every rule of podcast-feed.md that can be read from the XML. */
export function lintFeed(xml: string): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const report = (rule: string, message: string, item?: FeedProblem["item"]) => problems.push({ rule, message, item });

  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) {
    report("xml-declaration", 'the feed must start with <?xml version="1.0" encoding="UTF-8"?>');
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    report("well-formed", `the XML is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
    return problems;
  }

  const doc = parser.parse(xml) as Node;
  const rssList = all(doc, "rss");
  const rss = rssList[0];
  const channels = all(rss, "channel");
  if (rssList.length !== 1 || attr(rss, "version") !== "2.0" || channels.length !== 1) {
    report("rss-root", 'the feed must be one <rss version="2.0"> holding one <channel>');
    return problems;
  }
  for (const [name, uri] of Object.entries(NAMESPACES)) {
    if (attr(rss, name) !== uri) report("namespaces", `${name} must be "${uri}"`);
  }
  const empty: string[] = [];
  findEmpty(doc, "", empty);
  for (const path of empty) report("no-empty-elements", `${path} is empty`);

  const channel = channels[0];
  const title = text(one(channel, "title"));
  if (!title.trim() || title.length > 255 || title !== title.trim()) {
    report("channel-title", "the channel title must be 1 to 255 characters without surrounding spaces");
  }
  if (bytes(text(one(channel, "description"))) > 4000)
    report("channel-description", "the description exceeds 4000 bytes");
  if (!isHttps(text(one(channel, "link")))) report("channel-link", "the channel link must be the site's https URL");
  if (!/^[a-z]{2,3}(-[a-z]{2})?$/i.test(text(one(channel, "language")))) {
    report("channel-language", "language must be an ISO 639 code such as en or en-us");
  }
  const self = all(channel, "atom:link").find((l) => attr(l, "rel") === "self");
  if (!self || !isHttps(attr(self, "href")) || attr(self, "type") !== "application/rss+xml") {
    report("atom-self", 'atom:link rel="self" type="application/rss+xml" must give the feed\'s absolute URL');
  }
  const image = attr(one(channel, "itunes:image"), "href");
  if (!isHttps(image) || !/\.(png|jpe?g)$/i.test(image!)) {
    report("channel-image", "itunes:image must be the https URL of a PNG or JPEG");
  }
  const channelCategories = all(channel, "itunes:category");
  if (!channelCategories.length) report("category", "the channel needs an itunes:category");
  for (const category of channelCategories) {
    const name = attr(category, "text") ?? "";
    if (!(name in categories)) report("category", `"${name}" is not an Apple Podcasts category`);
    for (const sub of all(category, "itunes:category")) {
      const subName = attr(sub, "text") ?? "";
      if (!categories[name]?.includes(subName)) report("category", `"${subName}" is not a subcategory of "${name}"`);
    }
  }
  if (!/^(true|false)$/.test(text(one(channel, "itunes:explicit")))) {
    report("channel-explicit", "itunes:explicit must be true or false");
  }
  if (!text(one(channel, "itunes:author")).trim()) report("channel-author", "itunes:author is missing");
  const owner = one(channel, "itunes:owner");
  if (!text(one(owner, "itunes:name")).trim() || !/^\S+@\S+\.\S+$/.test(text(one(owner, "itunes:email")))) {
    report("channel-owner", "itunes:owner needs itunes:name and a valid itunes:email");
  }
  const type = text(one(channel, "itunes:type"));
  if (!/^(episodic|serial)$/.test(type)) report("channel-type", "itunes:type must be episodic or serial");
  if (!text(one(channel, "copyright")).trim()) report("copyright", "copyright is missing");
  const guids = all(channel, "podcast:guid");
  if (guids.length !== 1 || !UUID.test(text(guids[0])))
    report("podcast-guid", "the channel needs one podcast:guid UUID");
  const locked = one(channel, "podcast:locked");
  if (locked !== undefined && (!/^(yes|no)$/.test(text(locked)) || !attr(locked, "owner"))) {
    report("podcast-locked", 'podcast:locked must be yes or no, with an owner="…" attribute');
  }
  const medium = one(channel, "podcast:medium");
  if (medium !== undefined && !MEDIUMS.has(text(medium))) report("podcast-medium", `"${text(medium)}" is no medium`);
  for (const funding of all(channel, "podcast:funding")) {
    if (!isHttps(attr(funding, "url")) || text(funding).length > 128) {
      report("podcast-funding", "podcast:funding needs an https url and at most 128 characters of text");
    }
  }
  lintPersons(channel, (rule, message) => report(rule, message));

  const seen = new Map<string, string>();
  let previousDate = Infinity;
  for (const item of all(channel, "item")) {
    const guid = one(item, "guid");
    const where = { guid: text(guid), link: text(one(item, "link")), title: text(one(item, "title")) };
    const problem = (rule: string, message: string) => report(rule, message, where);
    const unique = (kind: string, value: string, rule: string) => {
      const key = `${kind}\u0000${value}`;
      if (seen.has(key)) problem(rule, `${kind} ${value} is also used by "${seen.get(key)}"`);
      else seen.set(key, where.title);
    };

    if (!where.title.trim()) problem("item-title", "the item has no title");
    if (!isHttps(where.link)) problem("item-link", "the item link must be the episode page's https URL");
    if (!where.guid.trim() || attr(guid, "isPermaLink") !== "false") {
      problem("guid", 'each item needs a <guid isPermaLink="false">');
    } else unique("guid", where.guid, "guid-unique");

    const pubDate = text(one(item, "pubDate"));
    const time = Date.parse(pubDate);
    if (!RFC2822.test(pubDate) || Number.isNaN(time))
      problem("pubdate", `pubDate "${pubDate}" is not an RFC 2822 date`);
    else if (time > previousDate) problem("items-order", "items must be newest first");
    else previousDate = time;

    if (bytes(text(one(item, "description"))) > 4000) problem("item-description", "the description exceeds 4000 bytes");
    const relative = RELATIVE_LINK.exec(text(one(item, "content:encoded")));
    if (relative) problem("content-links", `content:encoded has a relative link "${relative[1]}"`);

    const enclosures = all(item, "enclosure");
    if (enclosures.length !== 1)
      problem("enclosure", `the item needs exactly one enclosure, found ${enclosures.length}`);
    const enclosure = enclosures[0];
    if (enclosure) {
      const url = attr(enclosure, "url") ?? "";
      const length = attr(enclosure, "length") ?? "";
      const mime = attr(enclosure, "type") ?? "";
      if (!isHttps(url)) problem("enclosure", `enclosure url "${url}" must be an https URL without spaces`);
      if (!/^\d+$/.test(length) || Number(length) <= 0)
        problem("enclosure", `enclosure length "${length}" must be bytes > 0`);
      // A URL without a known extension (a host's stream URL) carries the type the episode gives.
      const expected = audioType(url);
      if (expected ? expected !== mime : !/^audio\/[\w.+-]+$/.test(mime)) {
        problem("enclosure", `enclosure type "${mime}" does not match the file extension (${expected ?? "unknown"})`);
      }
      unique("enclosure url", url, "enclosure-unique");
    }

    const duration = text(one(item, "itunes:duration"));
    const clock = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(duration);
    const seconds = /^\d+$/.test(duration)
      ? Number(duration)
      : clock
        ? +(clock[1] ?? 0) * 3600 + +clock[2] * 60 + +clock[3]
        : 0;
    if (!(seconds > 0)) problem("duration", `itunes:duration "${duration}" must be whole seconds or H:MM:SS above 0`);
    if (!/^(true|false)$/.test(text(one(item, "itunes:explicit"))))
      problem("item-explicit", "itunes:explicit must be true or false");

    const episodeType = text(one(item, "itunes:episodeType"));
    if (!/^(full|trailer|bonus)$/.test(episodeType))
      problem("episode-type", `itunes:episodeType "${episodeType}" is not full, trailer or bonus`);
    const season = text(one(item, "itunes:season"));
    const episode = text(one(item, "itunes:episode"));
    if (!/^[1-9]\d*$/.test(season)) problem("numbers", `itunes:season "${season}" must be a positive integer`);
    if (episode && !/^[1-9]\d*$/.test(episode))
      problem("numbers", `itunes:episode "${episode}" must be a positive integer`);
    if (!episode && (type === "serial" || episodeType === "full")) {
      problem("numbers", "the item needs an itunes:episode number");
    }
    if (text(one(item, "podcast:season")) !== season || text(one(item, "podcast:episode")) !== episode) {
      problem("podcast-numbers", "podcast:season and podcast:episode must equal itunes:season and itunes:episode");
    }
    if (episode) unique("season and episode", `S${season} E${episode}`, "numbers-unique");

    const art = one(item, "itunes:image");
    if (art !== undefined && (!isHttps(attr(art, "href")) || !/\.(png|jpe?g)$/i.test(attr(art, "href")!))) {
      problem("item-image", "itunes:image must be the https URL of a PNG or JPEG");
    }
    lintPersons(item, problem);
    for (const transcript of all(item, "podcast:transcript")) {
      if (
        !isHttps(attr(transcript, "url")) ||
        !/^(text\/vtt|application\/x-subrip)$/.test(attr(transcript, "type") ?? "")
      ) {
        problem("transcript", "podcast:transcript needs an https url and type text/vtt or application/x-subrip");
      }
    }
    const chapters = all(item, "podcast:chapters");
    if (
      chapters.length > 1 ||
      (chapters[0] && (!isHttps(attr(chapters[0], "url")) || attr(chapters[0], "type") !== "application/json+chapters"))
    ) {
      problem("chapters", 'at most one podcast:chapters, with an https url and type="application/json+chapters"');
    }
  }
  return problems;
}

/** `src/content/episodes/x.md — enclosure-unique — …`: the lines a failed build prints. */
/** The feed's problems in the site's one voice, each on the episode file (`fileOf`) or the show config. */
export function feedLintProblems(
  problems: FeedProblem[],
  fileOf: (item: FeedProblem["item"]) => string | undefined,
): Problem[] {
  return problems.map((p) => ({
    file: (p.item && fileOf(p.item)) ?? (p.item ? `item "${p.item.title}"` : "src/show.config.ts"),
    field: p.rule,
    message: p.message,
  }));
}
