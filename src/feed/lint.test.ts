import { describe, expect, it } from "vitest";
import { renderFeed } from "./render.ts";
import { formatProblem } from "../problems.ts";
import { lintFeed } from "./lint.ts";
import { feedLintProblems } from "./lint-problems.ts";
import { makeEpisode, makeShow, SITE } from "../testing/fixtures.ts";
import { FULL_EPISODE, FULL_SHOW, FULL_TRAILER } from "../testing/namespace-fixtures.ts";

const show = makeShow({
  categories: [{ name: "Technology" }, { name: "Education", subcategory: "How To" }],
  funding: { url: "https://example.com/support", text: "Support us" },
});

const remote = (n: number) => ({ url: `https://cdn.example.com/${n}.mp3`, length: 100 + n, duration: 60 });
const newer = makeEpisode({
  season: 1,
  episode: 2,
  date: "2024-02-01",
  guid: "guid-2",
  audio: remote(2),
  image: "https://cdn.example.com/art.png",
  transcript: "./transcript.vtt",
  chapters: [
    { start: 0, title: "Intro" },
    { start: 90, title: "Rust", url: "https://www.rust-lang.org/" },
  ],
  guests: [{ name: "Grace", role: "guest" }],
});
const trailer = makeEpisode({ season: 1, episode: 0, date: "2024-01-01", guid: "guid-0", audio: remote(1) });
const good = renderFeed(show, [newer, trailer], new Map([[newer.id, '<p><a href="https://x.example/">x</a></p>']]));

const rules = (xml: string) => lintFeed(xml).map((p) => p.rule);

describe("feed lint", () => {
  it("passes the feed the site writes", () => {
    expect(lintFeed(good)).toEqual([]);
  });

  it("says where XML that is not well-formed breaks", () => {
    const broken = good.replace("<title>Show</title>", "<title>Show & Tell</title>");
    const line = broken.slice(0, broken.indexOf("Show & Tell")).split("\n").length;
    expect(lintFeed(broken)).toEqual([
      { rule: "well-formed", message: `expected well-formed XML, found char '&' is not expected. (line ${line})` },
    ]);
  });

  it("takes the type given for audio whose URL has no extension, and still checks one that has", () => {
    const stream = makeEpisode({
      season: 1,
      episode: 3,
      guid: "guid-3",
      audio: { url: "https://host.example/stream/3", type: "audio/mpeg", length: 10, duration: 60 },
    });
    expect(lintFeed(renderFeed(show, [stream]))).toEqual([]);
    const wrong = good.replace(/(<enclosure [^>]*)type="audio\/mpeg"/, '$1type="audio/ogg"');
    expect(rules(wrong)).toContain("enclosure");
  });

  it.each([
    ["xml-declaration", (x: string) => x.replace('<?xml version="1.0" encoding="UTF-8"?>\n', "")],
    ["well-formed", (x: string) => x.replace("<title>Show</title>", "<title>Show & Tell</title>")],
    ["rss-root", (x: string) => x.replace('<rss version="2.0"', '<rss version="0.91"')],
    ["namespaces", (x: string) => x.replace("https://podcastindex.org/namespace/1.0", "https://example.com/podcast")],
    [
      "no-empty-elements",
      (x: string) =>
        x.replace("<copyright>© Host</copyright>", "<copyright>© Host</copyright><itunes:keywords></itunes:keywords>"),
    ],
    ["channel-title", (x: string) => x.replace("<title>Show</title>", "<title> Show </title>")],
    ["channel-description", (x: string) => x.replace("About the show", "x".repeat(4001))],
    ["channel-link", (x: string) => x.replace(`<link>${SITE}/</link>`, "<link>http://podcast.example.com/</link>")],
    ["channel-language", (x: string) => x.replace("<language>en</language>", "<language>English</language>")],
    ["atom-self", (x: string) => x.replace('rel="self"', 'rel="alternate"')],
    ["channel-image", (x: string) => x.replace(`${SITE}/cover.png`, `${SITE}/cover.gif`)],
    ["category", (x: string) => x.replace('text="Technology"', 'text="Tech"')],
    ["category", (x: string) => x.replace('text="How To"', 'text="Howto"')],
    [
      "channel-explicit",
      (x: string) =>
        x.replace(
          "<itunes:explicit>false</itunes:explicit>\n    <itunes:author>",
          "<itunes:explicit>no</itunes:explicit>\n    <itunes:author>",
        ),
    ],
    ["channel-author", (x: string) => x.replace("<itunes:author>Host</itunes:author>", "")],
    ["channel-owner", (x: string) => x.replace("host@example.com</itunes:email>", "nobody</itunes:email>")],
    [
      "channel-type",
      (x: string) => x.replace("<itunes:type>episodic</itunes:type>", "<itunes:type>daily</itunes:type>"),
    ],
    ["copyright", (x: string) => x.replace("<copyright>© Host</copyright>", "")],
    ["podcast-guid", (x: string) => x.replace("23bb2efb-0537-5d81-bcf3-c96ecee9c180", "my-show")],
    ["podcast-locked", (x: string) => x.replace(">yes</podcast:locked>", ">maybe</podcast:locked>")],
    [
      "podcast-medium",
      (x: string) => x.replace("<podcast:medium>podcast</podcast:medium>", "<podcast:medium>radio</podcast:medium>"),
    ],
    ["podcast-funding", (x: string) => x.replace("Support us", "s".repeat(129))],
    [
      "atom-payment",
      (x: string) =>
        x.replace(
          'href="https://example.com/support" rel="payment"',
          'href="https://elsewhere.example/" rel="payment"',
        ),
    ],
    ["person-role", (x: string) => x.replace('role="host"', 'role="boss"')],
    ["item-title", (x: string) => x.replace(`<title>${newer.title}</title>`, "<title> </title>")],
    ["item-link", (x: string) => x.replace(`<link>${SITE}${newer.url}</link>`, `<link>${newer.url}</link>`)],
    ["guid", (x: string) => x.replace('<guid isPermaLink="false">guid-2', '<guid isPermaLink="true">guid-2')],
    ["guid-unique", (x: string) => x.replace(">guid-0<", ">guid-2<")],
    ["pubdate", (x: string) => x.replace(/(<item>[\s\S]*?<pubDate>)[^<]*/, "$12024-02-01")],
    ["items-order", (x: string) => x.replace(/(<item>[\s\S]*?<pubDate>)[^<]*/, "$1Fri, 01 Dec 2023 00:00:00 GMT")],
    [
      "item-description",
      (x: string) => x.replace(/<description>Notes.<\/description>/, `<description>${"é".repeat(2001)}</description>`),
    ],
    ["content-links", (x: string) => x.replace("https://x.example/", "/seasons/1/")],
    ["enclosure", (x: string) => x.replace(/(<enclosure[^>]*\/>)/, "$1$1")],
    ["enclosure", (x: string) => x.replace("https://cdn.example.com/2.mp3", "http://cdn.example.com/2.mp3")],
    ["enclosure", (x: string) => x.replace('length="102"', 'length="0"')],
    [
      "enclosure",
      (x: string) =>
        x.replace(
          'https://cdn.example.com/2.mp3" length="102" type="audio/mpeg"',
          'https://cdn.example.com/2.mp3" length="102" type="audio/x-m4a"',
        ),
    ],
    [
      "enclosure",
      (x: string) =>
        x.replace(
          'https://cdn.example.com/2.mp3" length="102" type="audio/mpeg"',
          'https://cdn.example.com/2/mp3" length="102" type="text/html"',
        ),
    ],
    [
      "enclosure-unique",
      (x: string) =>
        x.replace('<enclosure url="https://cdn.example.com/1.mp3"', '<enclosure url="https://cdn.example.com/2.mp3"'),
    ],
    [
      "duration",
      (x: string) => x.replace("<itunes:duration>60</itunes:duration>", "<itunes:duration>1 hour</itunes:duration>"),
    ],
    ["item-explicit", (x: string) => x.replace(/(<item>[\s\S]*?)<itunes:explicit>false/, "$1<itunes:explicit>clean")],
    ["episode-type", (x: string) => x.replace("<itunes:episodeType>full", "<itunes:episodeType>special")],
    ["numbers", (x: string) => x.replace("<itunes:season>1</itunes:season>", "<itunes:season>0</itunes:season>")],
    ["numbers", (x: string) => x.replace(/<itunes:episode>2<\/itunes:episode>/, "")],
    [
      "podcast-numbers",
      (x: string) => x.replace("<podcast:episode>2</podcast:episode>", "<podcast:episode>3</podcast:episode>"),
    ],
    [
      "numbers-unique",
      (x: string) =>
        x.replace(
          "<itunes:episodeType>trailer</itunes:episodeType>",
          "<itunes:episode>2</itunes:episode><itunes:episodeType>trailer</itunes:episodeType><podcast:episode>2</podcast:episode>",
        ),
    ],
    ["item-image", (x: string) => x.replace("https://cdn.example.com/art.png", "/art.png")],
    ["transcript", (x: string) => x.replace('type="text/vtt"', 'type="text/x-unknown"')],
    ["transcript", (x: string) => x.replace('type="application/json"', 'type="text/vtt"')],
    [
      "transcript",
      (x: string) =>
        x.replace('type="application/x-subrip" language="en"', 'type="application/x-subrip" language="English"'),
    ],
    [
      "transcript",
      (x: string) =>
        x.replace('type="application/json" language="en"', 'type="application/json" language="en" rel="captions"'),
    ],
    ["psc-chapters", (x: string) => x.replace('<psc:chapters version="1.2">', '<psc:chapters version="1.0">')],
    ["psc-chapters", (x: string) => x.replace('start="00:01:30.000"', 'start="00:00:00.000"')],
    ["psc-chapters", (x: string) => x.replace('start="00:01:30.000"', 'start="ninety"')],
    ["psc-chapters", (x: string) => x.replace('title="Intro"', 'title=" "')],
    ["psc-chapters", (x: string) => x.replace('href="https://www.rust-lang.org/"', 'href="javascript:alert(1)"')],
    ["chapters", (x: string) => x.replace('type="application/json+chapters"', 'type="application/json"')],
  ])("reports %s", (rule, breakIt) => {
    const broken = breakIt(good);
    expect(broken).not.toBe(good);
    expect(rules(broken)).toContain(rule);
  });

  it("takes the declared audio type of a host's address without an extension", () => {
    const hosted = good.replace("https://cdn.example.com/2.mp3", "https://letscast.fm/podcasts/show/episodes/two/mp3");
    expect(hosted).not.toBe(good);
    expect(rules(hosted)).not.toContain("enclosure");
  });

  it("carries one podcast:transcript per format, captions on the VTT, and Podlove Simple Chapters", () => {
    const page = `${SITE}/episodes/${newer.slug}/`;
    expect(good).toContain(
      `<podcast:transcript url="${page}transcript.vtt" type="text/vtt" language="en" rel="captions"/>`,
    );
    expect(good).toContain(
      `<podcast:transcript url="${page}transcript/transcript.srt" type="application/x-subrip" language="en"/>`,
    );
    expect(good).toContain(
      `<podcast:transcript url="${page}transcript/transcript.json" type="application/json" language="en"/>`,
    );
    expect(good).toContain('xmlns:psc="http://podlove.org/simple-chapters"');
    expect(good).toContain(
      '<psc:chapters version="1.2">\n        <psc:chapter start="00:00:00.000" title="Intro"/>\n        <psc:chapter start="00:01:30.000" title="Rust" href="https://www.rust-lang.org/"/>',
    );
  });

  it("names the episode file, the rule and what is wrong", () => {
    const broken = good.replace(
      '<enclosure url="https://cdn.example.com/1.mp3"',
      '<enclosure url="https://cdn.example.com/2.mp3"',
    );
    const files = new Map([
      ["guid-2", newer.file],
      ["guid-0", trailer.file],
    ]);
    expect(feedLintProblems(lintFeed(broken), (item) => files.get(item!.guid!)).map(formatProblem)).toEqual([
      `${trailer.file} — enclosure-unique — expected each enclosure url once, found https://cdn.example.com/2.mp3 also in "${newer.title}"`,
    ]);
  });
});

describe("feed lint of the Podcasting 2.0 tags", () => {
  const full = renderFeed(FULL_SHOW, [FULL_EPISODE, FULL_TRAILER], new Map(), {
    cover: { width: 3000, height: 3000, type: "image/png" },
    coverCopies: [1280, 640].map((w) => ({ url: `/_astro/cover.${w}.webp`, width: w, height: w, type: "image/webp" })),
  });

  it("passes the feed the site writes with every tag", () => expect(lintFeed(full)).toEqual([]));

  it.each([
    ["podcast-soundbite", (x: string) => x.replace('startTime="120" duration="15"', 'startTime="290" duration="15"')],
    ["podcast-soundbite", (x: string) => x.replace('startTime="33.833"', 'startTime="0:33"')],
    ["alternate-enclosure", (x: string) => x.replace('type="video/mp4"', 'type="video"')],
    [
      "alternate-enclosure",
      (x: string) =>
        x.replace(/<podcast:source uri="[^"]*full.mp4"\/>/g, "").replace(/<podcast:source uri="ipfs:[^"]*"\/>/, ""),
    ],
    [
      "alternate-enclosure",
      (x: string) => x.replace(/uri="https:\/\/op3.dev\/e\/([^"]*full.opus)"/, 'uri="http://$1"'),
    ],
    // An IPFS source alone: apps without IPFS could fetch nothing.
    [
      "alternate-enclosure",
      (x: string) => x.replace(/uri="https:\/\/op3.dev\/e\/[^"]*full.opus"/, 'uri="ipfs://QmOpus"'),
    ],
    ["alternate-enclosure", (x: string) => x.replace('title="Video"', `title="${"v".repeat(33)}"`)],
    ["podcast-image", (x: string) => x.replace('aspect-ratio="1/1" width="1280"', 'aspect-ratio="16/9" width="1280"')],
    ["podcast-image", (x: string) => x.replace('width="640"', 'width="640px"')],
    ["podcast-image", (x: string) => x.replace('type="image/webp"', 'type="webp"')],
    ["podcast-image", (x: string) => x.replace("cover.640.webp", "cover.1280.webp")],
    ["podcast-location", (x: string) => x.replace('geo="geo:30.2672,-97.7431"', 'geo="30.2672,-97.7431"')],
    ["podcast-location", (x: string) => x.replace('osm="R6930627"', 'osm="6930627"')],
    ["podcast-location", (x: string) => x.replace('rel="creator" country="GB"', 'rel="subject" country="GB"')],
    [
      "podcast-license",
      (x: string) => x.replace('url="https://example.org/license.pdf"', 'url="http://example.org/license.pdf"'),
    ],
    ["podcast-value", (x: string) => x.replace('split="95"', 'split="94.5"')],
    [
      "podcast-value",
      (x: string) =>
        x.replace(/<podcast:valueRecipient [^>]*split="50"\/>\s*<podcast:valueRecipient [^>]*split="50"\/>/, ""),
    ],
    ["social-interact", (x: string) => x.replace('protocol="twitter"', 'protocol="myspace"')],
    ["social-interact", (x: string) => x.replace('uri="https://twitter.com/', 'uri="http://twitter.com/')],
    ["podcast-block", (x: string) => x.replace('id="youtube"', 'id="myspace"')],
    ["podcast-update-frequency", (x: string) => x.replace('rrule="FREQ=WEEKLY;', 'rrule="WEEKLY;')],
    ["podcast-podroll", (x: string) => x.replace('feedGuid="396d9ae0-da7e-5557-b894-b606231fa3ea"', 'feedGuid="pc20"')],
    ["podcast-publisher", (x: string) => x.replace('medium="publisher"', 'medium="podcast"')],
    ["podcast-txt", (x: string) => x.replace("naS4f2bQ", "x".repeat(4001))],
    ["podcast-trailer", (x: string) => x.replace('pubdate="Mon, 01 Jan 2024 00:00:00 GMT"', 'pubdate="2024-01-01"')],
    ["podcast-trailer", (x: string) => x.replace('season="2"', 'season="two"')],
    ["podcast-image", (x: string) => x.replace('<podcast:image href="https://cdn', '<podcast:image href="http://cdn')],
    ["itunes-complete", (x: string) => x.replace("<itunes:complete>Yes", "<itunes:complete>yes")],
  ])("reports %s", (rule, breakIt) => {
    const broken = breakIt(full);
    expect(broken).not.toBe(full);
    expect(rules(broken)).toEqual([rule]);
  });
});
