import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { parseDuration } from "../podcast/duration.ts";
import { MEDIUMS } from "../podcast/taxonomies/mediums.ts";
import appleCategories from "../podcast/taxonomies/apple-categories.json" with { type: "json" };
import { audioType } from "../podcast/audio-type.ts";
import { NAMESPACES } from "./namespaces.ts";
import personRoles from "../podcast/taxonomies/person-roles.json" with { type: "json" };
import { SERVICES, SOCIAL_PROTOCOLS } from "../podcast/taxonomies/namespace-lists.ts";
import { GEO, IPFS, OSM, RRULE } from "../podcast/namespace-syntax.ts";
import type { FeedProblem } from "./lint-problems.ts";

type Node = Record<string, unknown>;

const categories = appleCategories as Record<string, string[]>;
const roles = personRoles as Record<string, string>;
const groups = new Set(Object.values(roles));
const mediums = new Set<string>(MEDIUMS);
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
// `[^\s/]\S*` rather than `[^\s/]+[^\s]*`, whose two runs can split a long URL with a space in
// every way before failing: quadratic time.
const isHttps = (url: string | undefined) => !!url && /^https:\/\/[^\s/]\S*$/.test(url);

/** `name@host.tld`: no space, and a dot after the `@` with text on both sides; read in one pass. */
const isEmail = (text: string) => {
  const at = text.indexOf("@", 1);
  return !/\s/.test(text) && at > 0 && text.lastIndexOf(".", text.length - 2) > at + 1;
};

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
    if (!(role in roles)) report("person-role", `expected a podcast:person role of the taxonomy, found "${role}"`);
    if (!groups.has(group)) report("person-role", `expected a podcast:person group of the taxonomy, found "${group}"`);
    if (!text(person).trim()) report("person-role", "expected a podcast:person name, found none");
  }
}

const TRANSCRIPT_TYPES = /^(text\/vtt|application\/x-subrip|application\/json|text\/html|text\/plain)$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Podcasting 2.0 transcripts: https, a known type, one link per type and language (captions in
 * English and in Spanish are two), `rel="captions"` only on timed text.
 */
function lintTranscripts(transcripts: unknown[], report: (rule: string, message: string) => void) {
  const types = new Set<string>();
  for (const transcript of transcripts) {
    const type = attr(transcript, "type") ?? "";
    const language = attr(transcript, "language");
    const rel = attr(transcript, "rel");
    if (!isHttps(attr(transcript, "url")) || !TRANSCRIPT_TYPES.test(type)) {
      report(
        "transcript",
        `expected podcast:transcript with an https url and a type of text/vtt, application/x-subrip, application/json, text/html or text/plain, found "${type}" at "${attr(transcript, "url")}"`,
      );
    }
    const key = `${type} ${language?.toLowerCase() ?? ""}`;
    if (types.has(key)) {
      report(
        "transcript",
        `expected one podcast:transcript of each type and language, found ${type}${language ? ` in ${language}` : ""} twice`,
      );
    }
    types.add(key);
    if (language !== undefined && !LANGUAGE.test(language)) {
      report("transcript", `expected a podcast:transcript language code such as en or en-us, found "${language}"`);
    }
    if (rel !== undefined && (rel !== "captions" || !/^(text\/vtt|application\/x-subrip)$/.test(type))) {
      report(
        "transcript",
        `expected rel="captions" only on a text/vtt or application/x-subrip transcript, found rel="${rel}" on ${type}`,
      );
    }
  }
}

const NPT = /^(\d+:)?\d{1,2}:\d{2}(\.\d{1,3})?$|^\d+(\.\d{1,3})?$/;

/** Seconds of a Podlove Simple Chapters start (normal play time: `01:02:03.500`, `62:03`, `3723`). */
function nptSeconds(start: string): number {
  return start.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}

/** Podlove Simple Chapters: one `psc:chapters version="1.2"`, chapters with a title and rising starts. */
function lintSimpleChapters(lists: unknown[], report: (rule: string, message: string) => void) {
  if (lists.length > 1) report("psc-chapters", `expected one psc:chapters in an item, found ${lists.length}`);
  for (const list of lists) {
    if (attr(list, "version") !== "1.2")
      report("psc-chapters", `expected psc:chapters version="1.2", found "${attr(list, "version")}"`);
    let previous = -1;
    const chapters = all(list, "psc:chapter");
    if (!chapters.length) report("psc-chapters", "expected psc:chapter elements in psc:chapters, found none");
    for (const chapter of chapters) {
      const start = attr(chapter, "start") ?? "";
      const href = attr(chapter, "href");
      if (!NPT.test(start)) {
        report("psc-chapters", `expected a psc:chapter start time such as 00:01:02.500, found "${start}"`);
        continue;
      }
      if (nptSeconds(start) <= previous)
        report("psc-chapters", `expected psc:chapter starts rising, found ${start} after a later one`);
      previous = nptSeconds(start);
      if (!(attr(chapter, "title") ?? "").trim())
        report("psc-chapters", `expected a title for the psc:chapter at ${start}, found none`);
      if (href !== undefined && !/^https?:\/\/\S+$/.test(href)) {
        report("psc-chapters", `expected an http(s) psc:chapter href, found "${href}"`);
      }
    }
  }
}

type Report = (rule: string, message: string) => void;

const services = new Set<string>(SERVICES);
const protocols = new Set<string>(SOCIAL_PROTOCOLS);
const SECONDS = /^\d+(\.\d+)?$/;
const MIME = /^[a-z]+\/[\w.+-]+$/i;
const TRUE_FALSE = /^(true|false)$/;

/** Text of at most `max` characters, as the namespace asks of display text. */
function withinLength(node: unknown, max: number, what: string, rule: string, report: Report, required = true) {
  const value = text(node);
  if ((required && !value.trim()) || [...value].length > max) {
    report(
      rule,
      `expected ${what} of ${required ? "1 to " : "at most "}${max} characters, found ${JSON.stringify(value.slice(0, 40))}`,
    );
  }
}

/** The `tag`s of `parent`, reported under `rule` where there are more than the one the namespace allows. */
function atMostOne(parent: unknown, tag: string, rule: string, report: Report): unknown[] {
  const found = all(parent, tag);
  if (found.length > 1) report(rule, `expected at most one ${tag}, found ${found.length}`);
  return found;
}

/** `podcast:license`: a licence's id or name, and where given an https url. */
function lintLicense(parent: unknown, report: Report) {
  for (const license of atMostOne(parent, "podcast:license", "podcast-license", report)) {
    withinLength(license, 128, "a podcast:license", "podcast-license", report);
    const url = attr(license, "url");
    if (url !== undefined && !isHttps(url))
      report("podcast-license", `expected an https podcast:license url, found "${url}"`);
  }
}

/** `podcast:location`: a name, a `geo:` URI, an OSM id, one place per `rel`. */
function lintLocations(parent: unknown, report: Report) {
  const rels = new Set<string>();
  for (const location of all(parent, "podcast:location")) {
    withinLength(location, 128, "a podcast:location name", "podcast-location", report);
    const [geo, osm, rel = "subject", country] = ["geo", "osm", "rel", "country"].map((a) => attr(location, a));
    if (geo !== undefined && !GEO.test(geo))
      report("podcast-location", `expected a geo: URI in podcast:location geo, found "${geo}"`);
    if (osm !== undefined && !OSM.test(osm))
      report("podcast-location", `expected an OpenStreetMap id such as R113314, found "${osm}"`);
    if (!/^(subject|creator)$/.test(rel))
      report("podcast-location", `expected podcast:location rel subject or creator, found "${rel}"`);
    else if (rels.has(rel)) report("podcast-location", `expected one podcast:location with rel="${rel}", found two`);
    rels.add(rel);
    if (country !== undefined && !/^[A-Z]{2}$/.test(country))
      report("podcast-location", `expected a two-letter country code, found "${country}"`);
  }
}

/** `podcast:value`: a type and method, and recipients with whole-number splits. */
function lintValue(parent: unknown, report: Report) {
  for (const value of all(parent, "podcast:value")) {
    const [type, method, suggested] = ["type", "method", "suggested"].map((a) => attr(value, a));
    if (!type || !method)
      report("podcast-value", `expected podcast:value with a type and a method, found "${type}" and "${method}"`);
    if (suggested !== undefined && !SECONDS.test(suggested))
      report("podcast-value", `expected a suggested amount such as 0.00000005000, found "${suggested}"`);
    const recipients = all(value, "podcast:valueRecipient");
    if (!recipients.length) report("podcast-value", "expected a podcast:valueRecipient in podcast:value, found none");
    for (const recipient of recipients) {
      const [kind, address, split] = ["type", "address", "split"].map((a) => attr(recipient, a));
      if (!kind || !address?.trim())
        report(
          "podcast-value",
          `expected a podcast:valueRecipient with a type and an address, found "${kind}" and "${address}"`,
        );
      if (!/^\d+$/.test(split ?? ""))
        report("podcast-value", `expected a podcast:valueRecipient split as a whole number, found "${split}"`);
    }
  }
}

/** Show-wide Podcasting 2.0 tags, each by the namespace's rules. */
function lintChannelNamespace(channel: unknown, report: Report) {
  lintLicense(channel, report);
  lintLocations(channel, report);
  lintValue(channel, report);
  for (const [tag, rule] of [
    ["itunes:complete", "itunes-complete"],
    ["itunes:block", "itunes-block"],
  ]) {
    const found = all(channel, tag);
    if (found.length > 1 || (found[0] !== undefined && text(found[0]) !== "Yes"))
      report(rule, `expected at most one ${tag} of Yes, found "${found.map(text).join(", ")}"`);
  }
  for (const block of all(channel, "podcast:block")) {
    const id = attr(block, "id");
    if (!/^(yes|no)$/.test(text(block)))
      report("podcast-block", `expected podcast:block yes or no, found "${text(block)}"`);
    if (id !== undefined && !services.has(id))
      report("podcast-block", `expected a podcast:block id from the Podcast Index's service slugs, found "${id}"`);
  }
  lintImages(all(channel, "podcast:image"), report);
  for (const frequency of atMostOne(channel, "podcast:updateFrequency", "podcast-update-frequency", report)) {
    withinLength(frequency, 128, "a podcast:updateFrequency", "podcast-update-frequency", report);
    const [rrule, complete] = [attr(frequency, "rrule"), attr(frequency, "complete")];
    if (rrule !== undefined && !RRULE.test(rrule))
      report("podcast-update-frequency", `expected an RFC 5545 rrule such as FREQ=WEEKLY, found "${rrule}"`);
    if (complete !== undefined && !TRUE_FALSE.test(complete))
      report("podcast-update-frequency", `expected complete true or false, found "${complete}"`);
    if (rrule?.includes("COUNT=") && attr(frequency, "dtstart") === undefined)
      report("podcast-update-frequency", "expected a dtstart with COUNT in rrule, found none");
  }
  for (const podroll of atMostOne(channel, "podcast:podroll", "podcast-podroll", report)) {
    const items = all(podroll, "podcast:remoteItem");
    if (!items.length) report("podcast-podroll", "expected a podcast:remoteItem in podcast:podroll, found none");
    for (const remote of items) lintRemoteItem(remote, "podcast-podroll", report);
  }
  for (const publisher of atMostOne(channel, "podcast:publisher", "podcast-publisher", report)) {
    const items = all(publisher, "podcast:remoteItem");
    if (items.length !== 1 || attr(items[0], "medium") !== "publisher") {
      report(
        "podcast-publisher",
        `expected one podcast:remoteItem medium="publisher" in podcast:publisher, found ${items.length}`,
      );
    }
    for (const remote of items) lintRemoteItem(remote, "podcast-publisher", report);
  }
  for (const txt of all(channel, "podcast:txt")) {
    withinLength(txt, 4000, "a podcast:txt", "podcast-txt", report);
    const purpose = attr(txt, "purpose");
    if (purpose !== undefined && [...purpose].length > 128)
      report("podcast-txt", `expected a podcast:txt purpose of at most 128 characters, found ${[...purpose].length}`);
  }
  for (const trailer of all(channel, "podcast:trailer")) {
    const [url, pubdate, length, type, season] = ["url", "pubdate", "length", "type", "season"].map((a) =>
      attr(trailer, a),
    );
    withinLength(trailer, 128, "a podcast:trailer title", "podcast-trailer", report);
    if (!isHttps(url)) report("podcast-trailer", `expected an https podcast:trailer url, found "${url}"`);
    if (!RFC2822.test(pubdate ?? ""))
      report("podcast-trailer", `expected an RFC 2822 podcast:trailer pubdate, found "${pubdate}"`);
    if (length !== undefined && !/^[1-9]\d*$/.test(length))
      report("podcast-trailer", `expected a podcast:trailer length in bytes above 0, found "${length}"`);
    if (type !== undefined && !MIME.test(type))
      report("podcast-trailer", `expected a podcast:trailer MIME type, found "${type}"`);
    if (season !== undefined && !/^[1-9]\d*$/.test(season))
      report("podcast-trailer", `expected a podcast:trailer season as a positive integer, found "${season}"`);
  }
}

const IMAGE_TYPE = /^image\/(png|jpeg|webp|gif|avif|svg\+xml)$/;
const RATIO = /^\d+(\.\d+)?(\/\d+(\.\d+)?)?$/;

/**
 * `podcast:image`, by the namespace's description of an image: an https href, once; a width and
 * height in whole pixels, an image type, and an aspect-ratio (`1/1`, `16/9`, `1.9`) that is the
 * width's to the height's where both are given.
 */
function lintImages(images: unknown[], report: Report) {
  const hrefs = new Set<string>();
  for (const image of images) {
    const [href, width, height, type, ratio] = ["href", "width", "height", "type", "aspect-ratio"].map((a) =>
      attr(image, a),
    );
    if (!isHttps(href)) report("podcast-image", `expected podcast:image with an https href, found "${href}"`);
    if (href && hrefs.has(href)) report("podcast-image", `expected each podcast:image href once, found ${href} twice`);
    hrefs.add(href ?? "");
    for (const [name, value] of [
      ["width", width],
      ["height", height],
    ]) {
      if (value !== undefined && !/^[1-9]\d*$/.test(value))
        report("podcast-image", `expected a podcast:image ${name} in whole pixels, found "${value}" at ${href}`);
    }
    if (type !== undefined && !IMAGE_TYPE.test(type))
      report(
        "podcast-image",
        `expected a podcast:image type such as image/png or image/webp, found "${type}" at ${href}`,
      );
    if (ratio === undefined) continue;
    const [w, h = "1"] = ratio.split("/");
    const stated = Number(w) / Number(h);
    if (!RATIO.test(ratio) || !(stated > 0)) {
      report("podcast-image", `expected a podcast:image aspect-ratio such as 1/1 or 16/9, found "${ratio}" at ${href}`);
    } else if (width && height && Math.abs(stated - Number(width) / Number(height)) > 0.01 * stated) {
      report("podcast-image", `expected the aspect-ratio of ${width}×${height} px, found "${ratio}" at ${href}`);
    }
  }
}

/** `podcast:remoteItem`: another feed by its guid, its URL https where given. */
function lintRemoteItem(remote: unknown, rule: string, report: Report) {
  const [guid, url] = [attr(remote, "feedGuid"), attr(remote, "feedUrl")];
  if (!UUID.test(guid ?? "")) report(rule, `expected a podcast:remoteItem feedGuid UUID, found "${guid}"`);
  if (url !== undefined && !isHttps(url)) report(rule, `expected an https podcast:remoteItem feedUrl, found "${url}"`);
}

/** An item's Podcasting 2.0 tags; `duration` is the item's, in seconds, for its soundbites. */
function lintItemNamespace(item: unknown, duration: number | undefined, report: Report) {
  lintLicense(item, report);
  lintLocations(item, report);
  lintValue(item, report);
  lintImages(all(item, "podcast:image"), report);
  for (const bite of all(item, "podcast:soundbite")) {
    const [start, length] = [attr(bite, "startTime") ?? "", attr(bite, "duration") ?? ""];
    withinLength(bite, 128, "a podcast:soundbite title", "podcast-soundbite", report, false);
    if (!SECONDS.test(start) || !SECONDS.test(length) || Number(length) <= 0) {
      report(
        "podcast-soundbite",
        `expected podcast:soundbite startTime and duration in seconds, duration above 0, found "${start}" and "${length}"`,
      );
    } else if (duration !== undefined && Number(start) + Number(length) > duration) {
      report(
        "podcast-soundbite",
        `expected a podcast:soundbite within the audio's ${duration} seconds, found ${start} + ${length}`,
      );
    }
  }
  for (const alternate of all(item, "podcast:alternateEnclosure")) {
    const [type, length, bitrate, height, title, isDefault] = [
      "type",
      "length",
      "bitrate",
      "height",
      "title",
      "default",
    ].map((a) => attr(alternate, a));
    if (!MIME.test(type ?? ""))
      report("alternate-enclosure", `expected a podcast:alternateEnclosure MIME type, found "${type}"`);
    if (length !== undefined && !/^[1-9]\d*$/.test(length))
      report("alternate-enclosure", `expected a podcast:alternateEnclosure length in bytes above 0, found "${length}"`);
    if (bitrate !== undefined && !SECONDS.test(bitrate))
      report(
        "alternate-enclosure",
        `expected a podcast:alternateEnclosure bitrate in bits per second, found "${bitrate}"`,
      );
    if (height !== undefined && !/^[1-9]\d*$/.test(height))
      report("alternate-enclosure", `expected a podcast:alternateEnclosure height in pixels, found "${height}"`);
    if (title !== undefined && [...title].length > 32)
      report(
        "alternate-enclosure",
        `expected a podcast:alternateEnclosure title of at most 32 characters, found ${[...title].length}`,
      );
    if (isDefault !== undefined && !TRUE_FALSE.test(isDefault))
      report("alternate-enclosure", `expected podcast:alternateEnclosure default true or false, found "${isDefault}"`);
    const sources = all(alternate, "podcast:source");
    if (!sources.length)
      report("alternate-enclosure", "expected a podcast:source in podcast:alternateEnclosure, found none");
    // IPFS content ids are the namespace's other source; an app without IPFS needs an https one.
    for (const source of sources) {
      const uri = attr(source, "uri");
      if (!isHttps(uri) && !IPFS.test(uri ?? ""))
        report("alternate-enclosure", `expected an https or ipfs podcast:source uri, found "${uri}"`);
    }
    if (sources.length && sources.every((source) => IPFS.test(attr(source, "uri") ?? "")))
      report("alternate-enclosure", "expected an https podcast:source beside ipfs ones, found none");
  }
  for (const social of all(item, "podcast:socialInteract")) {
    const [protocol, uri, priority, accountUrl] = ["protocol", "uri", "priority", "accountUrl"].map((a) =>
      attr(social, a),
    );
    if (!protocols.has(protocol ?? ""))
      report("social-interact", `expected a podcast:socialInteract protocol of the namespace, found "${protocol}"`);
    else if (protocol === "disabled" ? uri !== undefined : !isHttps(uri)) {
      report(
        "social-interact",
        protocol === "disabled"
          ? `expected no uri with protocol="disabled", found "${uri}"`
          : `expected an https podcast:socialInteract uri, found "${uri}"`,
      );
    }
    if (priority !== undefined && !/^\d+$/.test(priority))
      report("social-interact", `expected a podcast:socialInteract priority as a whole number, found "${priority}"`);
    if (accountUrl !== undefined && !isHttps(accountUrl))
      report("social-interact", `expected an https podcast:socialInteract accountUrl, found "${accountUrl}"`);
  }
}

/** Checks a podcast feed against every rule of podcast-feed.md that can be read from the XML. */
export function lintFeed(xml: string): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const report = (rule: string, message: string, item?: FeedProblem["item"]) => problems.push({ rule, message, item });

  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) {
    report(
      "xml-declaration",
      `expected the feed to start with <?xml version="1.0" encoding="UTF-8"?>, found ${JSON.stringify(xml.slice(0, 40))}`,
    );
  }
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    // The validator throws its finding, with the line it is on.
    const { message, line } = error as Error & { line: number };
    report("well-formed", `expected well-formed XML, found ${message} (line ${line})`);
    return problems;
  }

  const doc = parser.parse(xml) as Node;
  const rssList = all(doc, "rss");
  const rss = rssList[0];
  const channels = all(rss, "channel");
  if (rssList.length !== 1 || attr(rss, "version") !== "2.0" || channels.length !== 1) {
    report("rss-root", 'expected one <rss version="2.0"> holding one <channel>, found another shape');
    return problems;
  }
  for (const [name, uri] of Object.entries(NAMESPACES)) {
    if (attr(rss, name) !== uri)
      report("namespaces", `expected ${name}="${uri}", found ${JSON.stringify(attr(rss, name) ?? "none")}`);
  }
  const empty: string[] = [];
  findEmpty(doc, "", empty);
  for (const path of empty) report("no-empty-elements", `expected content in ${path}, found an empty element`);

  const channel = channels[0];
  const title = text(one(channel, "title"));
  if (!title.trim() || title.length > 255 || title !== title.trim()) {
    report(
      "channel-title",
      `expected a title of 1 to 255 characters without surrounding spaces, found ${JSON.stringify(title)}`,
    );
  }
  if (bytes(text(one(channel, "description"))) > 4000)
    report(
      "channel-description",
      `expected a description of at most 4000 bytes, found ${bytes(text(one(channel, "description")))}`,
    );
  if (!isHttps(text(one(channel, "link"))))
    report("channel-link", `expected the site's https URL, found "${text(one(channel, "link"))}"`);
  if (!/^[a-z]{2,3}(-[a-z]{2})?$/i.test(text(one(channel, "language")))) {
    report(
      "channel-language",
      `expected an ISO 639 language code such as en or en-us, found "${text(one(channel, "language"))}"`,
    );
  }
  const self = all(channel, "atom:link").find((l) => attr(l, "rel") === "self");
  if (!self || !isHttps(attr(self, "href")) || attr(self, "type") !== "application/rss+xml") {
    report(
      "atom-self",
      'expected atom:link rel="self" type="application/rss+xml" with the feed\'s absolute https URL, found none',
    );
  }
  const image = attr(one(channel, "itunes:image"), "href");
  if (!isHttps(image) || !/\.(png|jpe?g)$/i.test(image!)) {
    report("channel-image", `expected itunes:image with the https URL of a PNG or JPEG, found "${image ?? "none"}"`);
  }
  const channelCategories = all(channel, "itunes:category");
  if (!channelCategories.length) report("category", "expected an itunes:category, found none");
  for (const category of channelCategories) {
    const name = attr(category, "text") ?? "";
    if (!(name in categories)) report("category", `expected an Apple Podcasts category, found "${name}"`);
    for (const sub of all(category, "itunes:category")) {
      const subName = attr(sub, "text") ?? "";
      if (!categories[name]?.includes(subName))
        report("category", `expected a subcategory of "${name}", found "${subName}"`);
    }
  }
  if (!/^(true|false)$/.test(text(one(channel, "itunes:explicit")))) {
    report(
      "channel-explicit",
      `expected itunes:explicit true or false, found "${text(one(channel, "itunes:explicit"))}"`,
    );
  }
  if (!text(one(channel, "itunes:author")).trim()) report("channel-author", "expected an itunes:author, found none");
  const owner = one(channel, "itunes:owner");
  if (!text(one(owner, "itunes:name")).trim() || !isEmail(text(one(owner, "itunes:email")))) {
    report("channel-owner", "expected itunes:owner with itunes:name and a valid itunes:email, found less");
  }
  const type = text(one(channel, "itunes:type"));
  if (!/^(episodic|serial)$/.test(type))
    report("channel-type", `expected itunes:type episodic or serial, found "${type}"`);
  if (!text(one(channel, "copyright")).trim()) report("copyright", "expected a copyright, found none");
  const guids = all(channel, "podcast:guid");
  if (guids.length !== 1 || !UUID.test(text(guids[0])))
    report("podcast-guid", `expected one podcast:guid UUID, found ${guids.length ? `"${text(guids[0])}"` : "none"}`);
  const locked = one(channel, "podcast:locked");
  if (locked !== undefined && (!/^(yes|no)$/.test(text(locked)) || !attr(locked, "owner"))) {
    report("podcast-locked", `expected podcast:locked yes or no with an owner="…" attribute, found "${text(locked)}"`);
  }
  const medium = one(channel, "podcast:medium");
  if (medium !== undefined && !mediums.has(text(medium)))
    report("podcast-medium", `expected a podcast:medium of the namespace, found "${text(medium)}"`);
  for (const funding of all(channel, "podcast:funding")) {
    if (!isHttps(attr(funding, "url")) || text(funding).length > 128) {
      report(
        "podcast-funding",
        `expected podcast:funding with an https url and at most 128 characters of text, found "${attr(funding, "url")}"`,
      );
    }
  }
  const fundingUrls = new Set(all(channel, "podcast:funding").map((f) => attr(f, "url")));
  for (const payment of all(channel, "atom:link").filter((l) => attr(l, "rel") === "payment")) {
    if (!fundingUrls.has(attr(payment, "href"))) {
      report(
        "atom-payment",
        `expected atom:link rel="payment" with the url of a podcast:funding, found "${attr(payment, "href")}"`,
      );
    }
  }
  lintPersons(channel, report);
  lintChannelNamespace(channel, report);

  const seen = new Map<string, string>();
  let previousDate = Infinity;
  for (const item of all(channel, "item")) {
    const guid = one(item, "guid");
    const where = { guid: text(guid), link: text(one(item, "link")), title: text(one(item, "title")) };
    const problem = (rule: string, message: string) => report(rule, message, where);
    const unique = (kind: string, value: string, rule: string) => {
      const key = `${kind}\u0000${value}`;
      if (seen.has(key)) problem(rule, `expected each ${kind} once, found ${value} also in "${seen.get(key)}"`);
      else seen.set(key, where.title);
    };

    if (!where.title.trim()) problem("item-title", "expected a title, found none");
    if (!isHttps(where.link)) problem("item-link", `expected the episode page's https URL, found "${where.link}"`);
    if (!where.guid.trim() || attr(guid, "isPermaLink") !== "false") {
      problem("guid", 'expected a <guid isPermaLink="false">, found none');
    } else unique("guid", where.guid, "guid-unique");

    const pubDate = text(one(item, "pubDate"));
    const time = Date.parse(pubDate);
    if (!RFC2822.test(pubDate) || Number.isNaN(time))
      problem("pubdate", `expected an RFC 2822 pubDate, found "${pubDate}"`);
    else if (time > previousDate)
      problem("items-order", `expected items newest first, found ${pubDate} after an older item`);
    else previousDate = time;

    if (bytes(text(one(item, "description"))) > 4000)
      problem(
        "item-description",
        `expected a description of at most 4000 bytes, found ${bytes(text(one(item, "description")))}`,
      );
    const relative = RELATIVE_LINK.exec(text(one(item, "content:encoded")));
    if (relative) problem("content-links", `expected absolute links in content:encoded, found "${relative[1]}"`);

    const enclosures = all(item, "enclosure");
    if (enclosures.length !== 1) problem("enclosure", `expected exactly one enclosure, found ${enclosures.length}`);
    const enclosure = enclosures[0];
    if (enclosure) {
      const url = attr(enclosure, "url") ?? "";
      const length = attr(enclosure, "length") ?? "";
      const mime = attr(enclosure, "type") ?? "";
      if (!isHttps(url)) problem("enclosure", `expected an https enclosure url without spaces, found "${url}"`);
      if (!/^\d+$/.test(length) || Number(length) <= 0)
        problem("enclosure", `expected an enclosure length in bytes above 0, found "${length}"`);
      const expected = audioType(url);
      // Hosts serve audio at addresses without an extension (LetsCast's `…/episodes/x/mp3`): there
      // the declared audio type is all an app has, so it must be one.
      const noExtension = !/\.\w+$/.test(url.replace(/[?#].*$/, "").replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ""));
      if (noExtension ? !/^audio\/[\w.+-]+$/.test(mime) : expected !== mime) {
        problem(
          "enclosure",
          noExtension
            ? `expected an audio type for an address without an extension, found "${mime}"`
            : `expected the enclosure type of its extension (${expected ?? "unknown"}), found "${mime}"`,
        );
      }
      unique("enclosure url", url, "enclosure-unique");
    }

    const duration = text(one(item, "itunes:duration"));
    // Apps read whole seconds or a clock time; a fraction of a second is not in Apple's forms.
    const seconds = duration.includes(".") ? undefined : parseDuration(duration);
    if (!(seconds! > 0))
      problem("duration", `expected itunes:duration in whole seconds or H:MM:SS above 0, found "${duration}"`);
    if (!/^(true|false)$/.test(text(one(item, "itunes:explicit"))))
      problem("item-explicit", `expected itunes:explicit true or false, found "${text(one(item, "itunes:explicit"))}"`);

    const episodeType = text(one(item, "itunes:episodeType"));
    if (!/^(full|trailer|bonus)$/.test(episodeType))
      problem("episode-type", `expected itunes:episodeType full, trailer or bonus, found "${episodeType}"`);
    const season = text(one(item, "itunes:season"));
    const episode = text(one(item, "itunes:episode"));
    if (!/^[1-9]\d*$/.test(season))
      problem("numbers", `expected itunes:season as a positive integer, found "${season}"`);
    if (episode && !/^[1-9]\d*$/.test(episode))
      problem("numbers", `expected itunes:episode as a positive integer, found "${episode}"`);
    if (!episode && (type === "serial" || episodeType === "full")) {
      problem("numbers", "expected an itunes:episode number, found none");
    }
    if (text(one(item, "podcast:season")) !== season || text(one(item, "podcast:episode")) !== episode) {
      problem(
        "podcast-numbers",
        `expected podcast:season and podcast:episode equal to itunes:season and itunes:episode, found ${text(one(item, "podcast:season"))} and ${text(one(item, "podcast:episode"))}`,
      );
    }
    if (episode) unique("season and episode", `S${season} E${episode}`, "numbers-unique");

    const art = one(item, "itunes:image");
    if (art !== undefined && (!isHttps(attr(art, "href")) || !/\.(png|jpe?g)$/i.test(attr(art, "href")!))) {
      problem("item-image", `expected itunes:image with the https URL of a PNG or JPEG, found "${attr(art, "href")}"`);
    }
    lintPersons(item, problem);
    lintTranscripts(all(item, "podcast:transcript"), problem);
    lintSimpleChapters(all(item, "psc:chapters"), problem);
    lintItemNamespace(item, seconds, problem);
    const chapters = all(item, "podcast:chapters");
    if (
      chapters.length > 1 ||
      (chapters[0] && (!isHttps(attr(chapters[0], "url")) || attr(chapters[0], "type") !== "application/json+chapters"))
    ) {
      problem(
        "chapters",
        `expected at most one podcast:chapters with an https url and type="application/json+chapters", found ${chapters.length}`,
      );
    }
  }
  return problems;
}
