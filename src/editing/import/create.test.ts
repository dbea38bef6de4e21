import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../front-matter.ts";
import { chaptersFromJson, newEpisodeFile } from "./create.ts";
import type { FeedItem } from "./feed.ts";

const item: FeedItem = {
  index: 1,
  title: "Pricing, again",
  guid: "5e8c2f1a",
  date: new Date("2024-04-08T16:00:00Z"),
  html: "<p>Summary.</p><h3>Mentioned</h3><ol><li><a href='https://x.example/p'>Pricing</a></li></ol>",
  audio: { url: "https://media.example.com/a.mp3", length: 100, type: "audio/mpeg", duration: 60 },
  image: "https://img.example.com/art.webp",
  transcripts: [{ url: "https://x.example/transcript", type: "text/html" }],
  chapters: [],
  persons: [
    { name: "Ana", role: "host" },
    { name: "Bo", role: "guest", url: "https://bo.example" },
  ],
  fields: {},
  notes: [],
  refused: [],
};

describe("newEpisodeFile", () => {
  it("writes the item as a YAML episode with notes as Markdown and the summary break", () => {
    const made = newEpisodeFile(item, { season: 2, episode: 3 });
    expect(made.name).toBe("s02e03-pricing-again.md");
    const front = readFrontMatter(made.source);
    expect(front.data).toEqual({
      title: "Pricing, again",
      date: "2024-04-08T16:00:00Z",
      season: 2,
      episode: 3,
      guid: "5e8c2f1a",
      audio: { url: "https://media.example.com/a.mp3", length: 100, type: "audio/mpeg", duration: 60 },
      guests: [{ name: "Bo", url: "https://bo.example" }],
      // A transcript other than captions in the show's language, and everyone credited but guests.
      transcripts: [{ url: "https://x.example/transcript", type: "text/html" }],
      persons: [{ name: "Ana", role: "host" }],
    });
    expect(front.body).toBe("\n\nSummary.\n\n<!-- more -->\n\n### Mentioned\n\n1.  [Pricing](https://x.example/p)\n");
  });

  it("says what it left out and what it numbered", () => {
    expect(newEpisodeFile(item, { season: 1, episode: 9 }).notes).toEqual([
      "numbered S1 E9: the feed gives no number",
      "image not imported (the feed takes an https PNG or JPEG): https://img.example.com/art.webp",
    ]);
  });

  it("keeps captions in another language, and a person of a role the namespace lacks, out of the fields they cannot be", () => {
    const other = {
      ...item,
      transcripts: [
        { url: "https://x.example/es.vtt", type: "text/vtt", language: "es", rel: "captions" },
        { url: "https://x.example/en.vtt", type: "text/vtt" },
        { url: "https://x.example/t.txt", type: "text/markdown" },
      ],
      persons: [
        { name: "Ana", role: "host" },
        { name: "Cy", role: "chief vibes officer" },
      ],
    };
    const made = newEpisodeFile(other, { season: 1, episode: 2 });
    expect(readFrontMatter(made.source).data).toMatchObject({
      transcript: "https://x.example/en.vtt",
      transcripts: [{ url: "https://x.example/es.vtt", type: "text/vtt", language: "es", rel: "captions" }],
      persons: [{ name: "Ana", role: "host" }],
    });
    expect(made.notes.slice(1)).toEqual([
      "image not imported (the feed takes an https PNG or JPEG): https://img.example.com/art.webp",
      'transcript not imported: expected text/plain, text/html, text/vtt, application/x-subrip or application/json, found "text/markdown": {"url":"https://x.example/t.txt","type":"text/markdown"}',
      'person not imported: expected a podcast:person role such as host or guest, found "chief vibes officer": {"name":"Cy","role":"chief vibes officer"}',
    ]);
  });
});

describe("chaptersFromJson", () => {
  it("reads Podcasting 2.0 chapters, leaving out those hidden from the table of contents", () => {
    const json = {
      version: "1.2.0",
      chapters: [
        { startTime: 0, title: "Intro" },
        { startTime: 95.5, title: "Prices", url: "https://x.example/p" },
        { startTime: 120, title: "Ad", toc: false },
        { startTime: "bad" },
      ],
    };
    expect(chaptersFromJson(json)).toEqual([
      { start: 0, title: "Intro" },
      { start: 96, title: "Prices", url: "https://x.example/p" },
    ]);
    expect(chaptersFromJson({})).toEqual([]);
  });
});
