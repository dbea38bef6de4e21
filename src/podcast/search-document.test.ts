import { describe, expect, it } from "vitest";
import { makeEpisode } from "../testing/fixtures.ts";
import { episodeDocument, searchAttributes, transcriptDocument } from "./search-document.ts";
import { parseTranscript } from "./transcript.ts";

describe("search documents", () => {
  it("marks an episode for the index: title, label and guests searched, the rest of its card only kept", () => {
    const episode = makeEpisode({ title: "Sentry", season: 1, episode: 6, guests: [{ name: "A, B" }, { name: "C" }] });
    const attributes = searchAttributes(episode, { art: "/_astro/a.webp", length: undefined });
    expect(attributes).toEqual({
      "data-pagefind-body": "",
      "data-pagefind-meta": "title[data-title], label[data-label], guests[data-guests], image[data-image]",
      "data-pagefind-filter": "card[data-card]",
      "data-title": "Sentry",
      "data-label": "S01 E06",
      "data-guests": '["A, B","C"]',
      "data-image": "",
      "data-card": JSON.stringify({ episode: episode.url, art: "/_astro/a.webp" }),
    });
  });

  it("makes an episode's document of its title, label, guests, notes, tags and chapters, marked for the index", () => {
    const episode = makeEpisode({
      title: "Sentry",
      season: 1,
      episode: 6,
      guests: [{ name: "Ada", role: "Engineer" }],
      tags: ["errors"],
      chapters: [{ start: "0:00", title: "Hello" }],
    });
    const { url, html } = episodeDocument(episode, "<p>The <em>notes</em>.</p>", "de");
    expect(url).toBe(episode.url);
    expect(html).toMatch(/^<!doctype html><html lang="de"><body><article data-pagefind-body="" /);
    expect(html).toContain('data-title="Sentry" data-label="S01 E06" data-guests="[&quot;Ada&quot;]"');
    // The excerpt starts after what the card already shows.
    expect(html).toContain('</ul><div id="text"><p>The <em>notes</em>.</p>');
    for (const part of [
      "<h1>Sentry</h1>",
      "<li>Ada, Engineer</li>",
      "<p>The <em>notes</em>.</p>",
      "<li>errors</li>",
      "<li>Hello</li>",
    ])
      expect(html).toContain(part);
  });

  it("escapes the episode's own text, in the document and in its metadata", () => {
    const episode = makeEpisode({ title: 'A "quote" <script>x</script>', guests: [{ name: "<b>Bo</b> & co" }] });
    const { html } = episodeDocument(episode, "", "en");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>Bo");
    expect(html).toContain('data-title="A &quot;quote&quot; &lt;script&gt;x&lt;/script&gt;"');
    expect(html).toContain("<li>&lt;b&gt;Bo&lt;/b&gt; &amp; co</li>");
  });

  it("makes a transcript's document with an anchor on the first cue of each second and each new speaker", () => {
    const episode = makeEpisode({ slug: "s01e02-home" });
    const { url, html } = transcriptDocument(
      episode,
      {
        speakers: ["Sam", "Lin"],
        cues: [
          { start: 0, end: 2, speaker: "Sam", text: "Hello <there>" },
          { start: 0.5, end: 3, speaker: "Sam", text: "again" },
          { start: 4.8, end: 6, speaker: "Lin", text: "Hi" },
        ],
      },
      "en",
    );
    expect(url).toBe(`${episode.url}transcript/`);
    expect(html).toContain('<p id="t-0"><b>Sam</b> Hello &lt;there&gt;</p><p>again</p><p id="t-4"><b>Lin</b> Hi</p>');
  });

  it("names a WebVTT voice as the transcript page does: decoded once, escaped once", () => {
    const episode = makeEpisode({ slug: "s01e03-duo" });
    const vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Tom &amp; Jerry>Today: we talk.\n";
    const { html } = transcriptDocument(episode, parseTranscript(vtt, "vtt").transcript!, "en");
    expect(html).toContain('<p id="t-0"><b>Tom &amp; Jerry</b> Today: we talk.</p>');
  });
});
