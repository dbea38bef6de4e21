import { readFileSync } from "node:fs";
import { parseFrontmatter } from "astro/markdown";
import { describe, expect, it } from "vitest";
import { episodeSchema, parseEpisodeData } from "./schema.ts";

const seed = readFileSync(new URL("../content/episodes/s01e06-sentry.md", import.meta.url), "utf8");

function parse(data: Record<string, unknown>) {
  return parseEpisodeData(data);
}

/** The one problem a bad file reports: its field path and message. */
function problem(data: Record<string, unknown>) {
  const result = parse(data);
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0];
  return { field: issue.path.join("."), message: issue.message };
}

const valid = { title: "Sentry", date: "2024-02-22", season: 1, episode: 6 };

describe("episode schema", () => {
  it("parses the seed's TOML front matter with its [extra] table", () => {
    const { frontmatter } = parseFrontmatter(seed);
    const data = episodeSchema.parse(frontmatter);
    expect(data).toMatchObject({
      title: "Sentry",
      season: 1,
      episode: 6,
      draft: false,
      guest: "Arpad Borsos",
      role: "Senior Native Platform Engineer",
      template: "episode.html",
      series: "Podcast",
    });
    expect(data.date).toBe("2024-02-22");
  });

  it("reads the same fields at the top level of YAML", () => {
    const { frontmatter } = parseFrontmatter(
      ["---", "title: Sentry", "date: 2024-02-22", "season: '01'", "episode: 6", "guest: Arpad Borsos", "---", ""].join(
        "\n",
      ),
    );
    expect(episodeSchema.parse(frontmatter)).toMatchObject({ season: 1, episode: 6, guest: "Arpad Borsos" });
  });

  it("accepts every field of the contract", () => {
    const data = episodeSchema.parse({
      ...valid,
      draft: true,
      episodeType: "bonus",
      guests: [{ name: "A", role: "B", url: "https://a.example", image: "/a.png" }],
      description: "Short",
      audio: { url: "https://cdn.example/e.mp3", length: "1234", type: "audio/mpeg", duration: "1:02:03" },
      guid: "abc",
      explicit: true,
      image: "/art.png",
      transcript: "./t.vtt",
      chapters: [{ start: "0:30", title: "Intro", url: "https://x.example" }],
      tags: ["rust"],
      aliases: ["/p/s01e06"],
      slug: "sentry",
    });
    expect(data.audio).toEqual({ url: "https://cdn.example/e.mp3", length: 1234, type: "audio/mpeg", duration: 3723 });
    expect(data.chapters![0].start).toBe(30);
  });

  it("keeps a date as written, for the show's time zone to place", () => {
    expect(parse({ ...valid, date: "2024-02-22T10:00:00+01:00" }).data?.date).toBe("2024-02-22T10:00:00+01:00");
  });

  it("reports a field set differently at the top level and under [extra]", () => {
    expect(problem({ ...valid, extra: { season: 2 } })).toMatchObject({ field: "season" });
  });

  it.each([
    ["a missing title", { title: undefined }, "title", /required/],
    ["an empty title", { title: "  " }, "title", /episode title/],
    ["a missing date", { date: undefined }, "date", /date/],
    ["a date that is not a date", { date: "next tuesday" }, "date", /date like 2024-02-22/],
    ["a season that is not a number", { season: "one" }, "season", /found "one"/],
    ["season 0", { season: 0 }, "season", /1 or more/],
    ["an episode that is not a number", { episode: "6b" }, "episode", /found "6b"/],
    ["a negative episode", { episode: -1 }, "episode", /0 or more/],
    ["an unknown episodeType", { episodeType: "special" }, "episodeType", /full, trailer or bonus, found "special"/],
    [
      "remote audio without length",
      { audio: { url: "https://x.example/a.mp3", duration: 60 } },
      "audio.length",
      /length|bytes/,
    ],
    [
      "remote audio without duration",
      { audio: { url: "https://x.example/a.mp3", length: 10 } },
      "audio.duration",
      /seconds/,
    ],
    ["plain http audio", { audio: { url: "http://x.example/a.mp3", length: 1, duration: 1 } }, "audio.url", /https/],
    [
      "a bad duration",
      { audio: { url: "https://x.example/a.mp3", length: 1, duration: "1:99" } },
      "audio.duration",
      /H:MM:SS/,
    ],
    ["a transcript that is not .vtt or .srt", { transcript: "notes.txt" }, "transcript", /\.vtt or \.srt/],
    ["an alias that is not a site path", { aliases: ["p/s01e06"] }, "aliases.0", /starting with \//],
    ["a guest without a name", { guests: [{ role: "x" }] }, "guests.0.name", /required/],
    ["a draft that is not a boolean", { draft: "no" }, "draft", /true or false/],
    ["a chapter without a start", { chapters: [{ title: "x" }] }, "chapters.0.start", /required/],
    ["a slug with spaces", { slug: "my episode" }, "slug", /lowercase letters/],
    ["a date that does not exist", { date: "2024-02-30" }, "date", /February 2024 has 29 days$/],
    ["a date in words", { date: "March 5" }, "date", /found "March 5"$/],
    [
      "a season past the bound",
      { season: 10_000 },
      "season",
      /^expected a season number of at most 9999, found 10000$/,
    ],
    ["a guid as a number", { guid: 5124 }, "guid", /found 5124, which YAML reads as a number: write it in quotes/],
    ["a javascript: guest link", { guests: [{ name: "E", url: "javascript:x" }] }, "guests.0.url", /https:\/\//],
    ["a data: image", { image: "data:image/png;base64,AA" }, "image", /^expected an image path or URL, found "data:/],
    ["a transcript with ..", { transcript: "../t.vtt" }, "transcript", /stays inside the episode's folder/],
    ["a role without a guest", { role: "Host" }, "role", /^expected guest beside role/],
    ["a bidi override in a tag", { tags: ["a\u202Eb"] }, "tags.0", /found U\+202E/],
    ["a control character in the summary", { description: "a\u0000b" }, "description", /found U\+0000/],
    ["an alias with ..", { aliases: ["/a/../b"] }, "aliases.0", /without \. or \.\. parts/],
    [
      "protocol-relative audio, another site's file",
      { audio: { url: "//evil.example/a.mp3" } },
      "audio.url",
      /^expected a site path starting with exactly one \/, found "\/\/evil\.example\/a\.mp3"/,
    ],
    ["an image behind a backslash", { image: "/\\evil.example/a.png" }, "image", /exactly one \//],
    ["a protocol-relative transcript", { transcript: "//evil.example/t.vtt" }, "transcript", /exactly one \//],
    [
      "a protocol-relative guest image",
      { guests: [{ name: "E", image: "//tracker.example/p.gif" }] },
      "guests.0.image",
      /exactly one \//,
    ],
    ["a relative path with a backslash", { image: "a\\..\\..\\x.png" }, "image", /no backslash/],
    ["an alias of another site", { aliases: ["//evil.example/"] }, "aliases.0", /exactly one \//],
    [
      "a chapter URL that would end its HTML attribute",
      { chapters: [{ start: 0, title: "A", url: 'https://example.com/">x' }] },
      "chapters.0.url",
      /^expected an https:\/\/ or http:\/\/ URL without spaces, quotes, < > or backslashes, found " in "https:\/\/example\.com\/">x"$/,
    ],
    [
      "a guest URL with a space",
      { guests: [{ name: "E", url: "https://x.example/a b" }] },
      "guests.0.url",
      /found a space/,
    ],
    [
      "a C1 control (NEL) in the title",
      { title: "Fake\u0085 title" },
      "title",
      /found U\+0085 in "Fake\[U\+0085\] title"$/,
    ],
    ["a C1 control (CSI) in a tag", { tags: ["a\u009Bb"] }, "tags.0", /found U\+009B/],
    ["a bidi override in the summary", { description: "Safe \u202Egnp.exe" }, "description", /found U\+202E/],
    ["a control character in an unused Zola field", { series: "a\u0007b" }, "series", /found U\+0007/],
  ])("rejects %s, naming the field", (_name, change, field, message) => {
    const got = problem({ ...valid, ...change });
    expect(got.field).toBe(field);
    expect(got.message).toMatch(message);
  });
});

describe("Hugo's Castanet audio fields", () => {
  const castanet = {
    ...valid,
    podcast_file: "https://media.example.com/ep6.mp3",
    podcast_bytes: 48213504,
    podcast_duration: "01:06:58",
  };

  it("reads podcast_file, podcast_bytes and podcast_duration as the audio", () => {
    const result = parse(castanet);
    expect(result.success).toBe(true);
    expect(result.data!.audio).toEqual({ url: "https://media.example.com/ep6.mp3", length: 48213504, duration: 4018 });
  });

  it("reads them under [extra] too, and reports a missing size as the audio's", () => {
    const { title, date, season, episode, ...extra } = castanet;
    expect(parse({ title, date, extra: { season, episode, ...extra } }).data!.audio?.length).toBe(48213504);
    const { podcast_bytes: _, ...rest } = castanet;
    expect(problem(rest)).toEqual({
      field: "audio.length",
      message: "is required for remote audio: expected the file size in bytes, found nothing",
    });
  });

  it("keeps an audio table that is written, over the Castanet fields", () => {
    const audio = { url: "/audio/s01e06.mp3" };
    expect(parse({ ...castanet, audio }).data!.audio).toEqual(audio);
  });
});
