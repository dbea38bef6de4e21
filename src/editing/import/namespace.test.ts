import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFile } from "../content-check.ts";
import { fakeCheckContext } from "../../testing/fixtures.ts";
import { newEpisodeFile } from "./create.ts";
import { readFeed } from "./feed.ts";
import { showSettings } from "./show-config.ts";

// The namespace's own example feed, every tag in use.
const example = readFileSync(
  new URL("../../../integration/fixtures/import/podcast-namespace-example.xml", import.meta.url),
  "utf8",
);
const feed = readFeed(example);
const CHAPTERS_NOTE =
  "chapters not imported (the feed's chapters file was not fetched): https://example.com/ep3_chapters.json";
const KEY = "036557ea56b3b86f08be31bcd2557cae8021b0e3a9413f0c0e52625c6696972e57";

describe("the Podcasting 2.0 tags of a host's feed", () => {
  it("are read as the site's fields, alternate files by their https source", () => {
    const [third, second] = feed.items;
    expect(third.fields.soundbites).toEqual([{ start: 33.833, duration: 60 }]);
    expect(second.fields.location).toEqual([
      { name: "Marlow", geo: "geo:51.5718706,-0.7769654", osm: "R3727240", rel: "creator", country: "GB" },
      { name: "Dreamworld", geo: "geo:-27.8611449,153.3162701", osm: "R16317988", rel: "subject", country: "AU" },
    ]);
    expect((third.fields.alternateEnclosures as unknown[])[4]).toEqual({
      url: "https://example.com/file-720.mp4",
      type: "video/mp4",
      length: 7924786,
      bitrate: 511276.52,
      height: 720,
      title: "Video version",
      // IPFS is the namespace's other source: written back into the feed, never on a page.
      sources: ["ipfs://QmX33FYehk6ckGQ6g1D9D3FqZPix5JpKstKQKbaS8quUFb"],
    });
    expect(third.fields.socialInteract).toEqual([
      {
        url: "https://podcastindex.social/@dave/105079274766075912",
        protocol: "activitypub",
        priority: 1,
        accountId: "@dave",
        accountUrl: "https://podcastindex.social/@dave",
      },
      {
        url: "https://twitter.com/PodcastindexOrg/status/1507120226361647115",
        protocol: "twitter",
        priority: 2,
        accountId: "@podcastindexorg",
        accountUrl: "https://twitter.com/PodcastindexOrg",
      },
    ]);
    expect(third.fields.value).toMatchObject({ type: "lightning", method: "keysend", suggested: "0.00000005" });
  });

  it("are written into a new episode file that the content check passes", async () => {
    const made = newEpisodeFile(feed.items[0], { season: 1, episode: 3 });
    expect(made.source).toContain('soundbites:\n  - {"start": 33.833, "duration": 60}\n');
    // The chapters file is fetched by the command, not here.
    expect(made.notes).toEqual([CHAPTERS_NOTE]);
    const checked = await checkFile(
      { file: `src/content/episodes/${made.name}`, source: made.source },
      fakeCheckContext("everything"),
    );
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toEqual([]);
    expect(checked.episode?.alternates.map((a) => a.url)).toContain("https://example.com/file-high-03.opus");
    expect(checked.episode?.value?.recipients.map((r) => r.split)).toEqual([49, 1, 50]);
    expect(checked.episode?.alternates[0].sources).toEqual(["ipfs://someRandomMpegFile03"]);
    // Captions in Spanish, on an English show, and the plain text: linked as they are.
    expect(checked.episode?.transcript).toBeUndefined();
    expect(checked.episode?.otherTranscripts).toEqual([
      { url: "https://example.com/ep3/transcript.txt", type: "text/plain" },
      { url: "https://example.com/episode1/transcript.vtt", type: "text/vtt", language: "es", rel: "captions" },
    ]);
    expect(checked.episode?.persons).toEqual([
      {
        name: "Adam Curry",
        role: "host",
        group: "cast",
        url: "https://www.podchaser.com/creators/adam-curry-107ZzmWE5f",
        image: "https://example.com/images/adamcurry.jpg",
      },
      {
        name: "Becky Smith",
        role: "cover art designer",
        group: "visuals",
        url: "https://example.com/artist/beckysmith",
      },
    ]);
  });

  it("leave out, and name, what the site would refuse", () => {
    const item = { ...feed.items[0], fields: { ...feed.items[0].fields, location: [{ geo: "geo:1,2" }] } };
    const made = newEpisodeFile(item, { season: 1, episode: 3 });
    expect(made.source).not.toContain("location:");
    expect(made.notes).toEqual([
      CHAPTERS_NOTE,
      "location not imported: is required: expected a place's name of at most 128 characters, found nothing",
    ]);
  });

  it("give the show's settings with --show", () => {
    const { settings } = showSettings(feed.channel);
    const byKey = Object.fromEntries(settings.map((s) => [s.key, s.value]));
    expect(byKey).toMatchObject({
      license: { name: "my-podcast-license-v1", url: "https://example.org/mypodcastlicense/full.pdf" },
      location: [{ name: "Austin, TX", geo: "geo:30.2672,97.7431", osm: "R113314", rel: "creator", country: "US" }],
      block: { all: true, platforms: [], allow: ["google", "amazon"] },
      podroll: [
        { feedGuid: "917393e3-1b1e-5cef-ace4-edaa54e1f810", feedUrl: "https://feeds.podcastindex.org/pc20.xml" },
        { feedGuid: "396d9ae0-da7e-5557-b894-b606231fa3ea", feedUrl: "https://feedurl.example.rss" },
      ],
      publisher: { feedGuid: "000000a0-aaa5-bbbf-b765-6333d449661a", feedUrl: "https://publisherexample.xml" },
      trailers: [
        {
          title: "Coming April 1st, 2021",
          url: "https://example.org/trailers/teaser",
          pubdate: "2021-04-01T13:00:00Z",
          length: 12345678,
          type: "audio/mp3",
        },
      ],
      hosts: [
        { name: "John Doe", url: "https://example.com/podcast/john", image: "https://example.com/images/john.jpg" },
        { name: "Jane Roe", role: "producer", url: "https://example.com/podcast/jane" },
      ],
      value: {
        type: "lightning",
        method: "keysend",
        suggested: "0.00000005",
        recipients: [
          { name: "podcaster", type: "node", address: KEY, split: 99 },
          { name: "hosting company", type: "node", address: KEY, split: 1 },
        ],
      },
    });
  });
});
