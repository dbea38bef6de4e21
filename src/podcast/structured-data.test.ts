import { describe, expect, it } from "vitest";
import { makeEpisode, makeShow } from "../testing/fixtures.ts";
import { jsonForScript, podcastEpisode, podcastSeries } from "./structured-data.ts";

const show = makeShow();

describe("structured data", () => {
  it("names the episode, its series, season, audio and people", () => {
    const episode = makeEpisode({
      title: "Sentry",
      season: 1,
      episode: 6,
      guest: "Arpad Borsos",
      audio: { url: "https://cdn.example.com/6.mp3", length: 100, duration: "1:02:03" },
    });
    const data = podcastEpisode(episode, show, "Foundations") as Record<string, any>;
    expect(data["@type"]).toBe("PodcastEpisode");
    expect(data.name).toBe("Sentry");
    expect(data.url).toBe(`https://podcast.example.com/episodes/${episode.slug}/`);
    expect(data.datePublished).toBe("2024-01-01");
    expect(data.episodeNumber).toBe(6);
    expect(data.partOfSeason).toMatchObject({ seasonNumber: 1, name: "Foundations" });
    expect(data.partOfSeries).toMatchObject({ "@type": "PodcastSeries", name: "Show" });
    expect(data.associatedMedia).toEqual({
      "@type": "MediaObject",
      contentUrl: "https://cdn.example.com/6.mp3",
      encodingFormat: "audio/mpeg",
      duration: "PT1H2M3S",
    });
    expect(data.guest).toEqual([{ "@type": "Person", name: "Arpad Borsos" }]);
    expect(data.actor).toEqual([{ "@type": "Person", name: "Ada" }]);
  });

  it("describes the show as a PodcastSeries with its feed", () => {
    expect(podcastSeries(show)).toMatchObject({
      "@type": "PodcastSeries",
      name: "Show",
      webFeed: "https://podcast.example.com/rss.xml",
    });
  });

  it("writes JSON that cannot close its script element, and parses back to the same data", () => {
    const data = { name: "</script><script>alert(1)</script>", note: "a\u2028b" };
    const text = jsonForScript(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual(data);
  });
});
