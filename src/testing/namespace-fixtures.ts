import { makeEpisode, makeShow } from "./fixtures.ts";

// A show and episodes with every Podcasting 2.0 setting and field the site writes, for the tests
// of the feed writer and its lint.

export const FULL_SHOW = makeShow({
  license: "CC-BY-4.0",
  location: { name: "Austin, TX", geo: "geo:30.2672,-97.7431", osm: "R113314", rel: "creator", country: "us" },
  updateFrequency: { text: "Every other Monday", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", complete: false },
  complete: true,
  block: { platforms: ["youtube", "spotify"] },
  podroll: [
    {
      feedGuid: "917393e3-1b1e-5cef-ace4-edaa54e1f810",
      feedUrl: "https://feeds.podcastindex.org/pc20.xml",
      title: "Podcasting 2.0",
    },
    { feedGuid: "396d9ae0-da7e-5557-b894-b606231fa3ea" },
  ],
  publisher: { feedGuid: "000000a0-aaa5-bbbf-b765-6333d449661a", feedUrl: "https://publisher.example.com/feed.xml" },
  txt: [{ value: "naS4f2bQ", purpose: "verify" }, { value: "plain token" }],
  value: {
    suggested: "0.00000005000",
    recipients: [
      { name: "Host", address: "036557ea56b3b86f08be31bcd2557cae8021b0e3a9413f0c0e52625c6696972e57", split: 95 },
      { name: "Guest", type: "lnaddress", address: "guest@getalby.com", split: 5 },
    ],
  },
  analytics: { prefixes: ["https://op3.dev/e/", "https://dts.podtrac.com/redirect.mp3/"] },
  funding: { url: "https://example.com/support", text: "Support us" },
  trailers: [
    {
      title: "Coming April 1st, 2021",
      url: "https://example.org/trailers/teaser",
      pubdate: "2021-04-01T13:00:00Z",
      length: 12345678,
      type: "audio/mpeg",
    },
  ],
});

export const FULL_EPISODE = makeEpisode({
  season: 1,
  episode: 2,
  date: "2024-02-01",
  guid: "guid-full",
  audio: { url: "https://cdn.example.com/full.mp3", length: 4000, duration: 300 },
  image: "https://cdn.example.com/art.png",
  soundbites: [
    { start: 33.833, duration: 60, title: "Why Rust" },
    { start: "2:00", duration: 15 },
  ],
  alternateEnclosures: [
    {
      url: "https://cdn.example.com/full.mp4",
      type: "video/mp4",
      length: 9000,
      height: 720,
      bitrate: 511276.52,
      title: "Video",
      sources: ["ipfs://QmX33FYehk6ckGQ6g1D9D3FqZPix5JpKstKQKbaS8quUFb", "https://mirror.example.com/full.mp4"],
    },
    { url: "https://cdn.example.com/full.opus", type: "audio/opus", length: 2000, default: false },
  ],
  location: [
    {
      name: "Birmingham Civil Rights Museum",
      geo: "geo:33.5159981,-86.8146098",
      osm: "R6930627",
      rel: "subject",
      country: "US",
    },
    { name: "Marlow", rel: "creator", country: "GB" },
  ],
  license: { name: "my-podcast-license-v1", url: "https://example.org/license.pdf" },
  transcripts: [
    { url: "https://cdn.example.com/full.txt" },
    { url: "https://cdn.example.com/full-es.vtt", language: "es", rel: "captions" },
  ],
  persons: [
    { name: "Stand-in Host", role: "Host", url: "https://example.org/gh", image: "https://example.org/gh.jpg" },
    { name: "Becky Smith", role: "cover art designer", url: "https://example.com/artist/beckysmith" },
  ],
  socialInteract: [
    { url: "https://twitter.com/show/status/1", protocol: "twitter", priority: 2 },
    {
      url: "https://podcastindex.social/@dave/1",
      protocol: "activitypub",
      priority: 1,
      accountId: "@dave",
      accountUrl: "https://podcastindex.social/@dave",
    },
  ],
  value: {
    recipients: [
      { name: "Host", address: "036557ea56b3b86f08be31bcd2557cae8021b0e3a9413f0c0e52625c6696972e57", split: 50 },
      { name: "Guest", address: "02e12fea95f576a680ec1938b7ed98ef0855eadeced493566877d404e404bfbf52", split: 50 },
    ],
  },
  guests: [{ name: "Grace", url: "https://example.org/grace", image: "https://example.org/grace.jpg" }],
});

export const FULL_TRAILER = makeEpisode({
  season: 2,
  episode: 0,
  title: "Season Two Is Coming",
  date: "2024-01-01",
  guid: "guid-trailer",
  audio: { url: "https://cdn.example.com/trailer.m4a", length: 1000, duration: 60 },
});
