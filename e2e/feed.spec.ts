import { expect, test } from "@playwright/test";
import { parseFeed } from "podcast-partytime";

test("the feed, read by podcast-partytime, lists exactly the published episodes with audio", async ({ request }) => {
  const response = await request.get("/rss.xml");
  expect(response.ok()).toBe(true);
  const feed = parseFeed(await response.text());
  expect(feed).not.toBeNull();
  expect(feed!.title).toBe("Demo Cast");
  expect(feed!.guid).toBe("23bb2efb-0537-5d81-bcf3-c96ecee9c180");

  const items = feed!.items.map((item) => ({
    title: item.title,
    guid: item.guid,
    season: item.itunesSeason,
    episode: item.itunesEpisode,
    type: item.itunesEpisodeType,
    enclosure: item.enclosure,
    duration: item.duration,
  }));
  expect(items).toEqual([
    {
      title: "Components in Show Notes",
      guid: "https://podcast.example.com/episodes/s02e01-mdx-components/",
      season: 2,
      episode: 1,
      type: "full",
      enclosure: {
        url: "https://podcast.example.com/audio/s02e01-mdx-components.mp3",
        length: 26154,
        type: "audio/mpeg",
      },
      duration: 6,
    },
    {
      title: "Recording at Home",
      guid: "https://podcast.example.com/episodes/s01e02-recording-at-home/",
      season: 1,
      episode: 2,
      type: "full",
      enclosure: {
        url: "https://podcast.example.com/episodes/s01e02-recording-at-home/episode.mp3",
        length: 229564,
        type: "audio/mpeg",
      },
      duration: 57,
    },
    {
      title: "Welcome to Demo Cast",
      guid: "https://podcast.example.com/episodes/s01e00-trailer/",
      season: 1,
      episode: undefined,
      type: "trailer",
      enclosure: { url: "https://podcast.example.com/audio/s01e00-trailer.mp3", length: 26154, type: "audio/mpeg" },
      duration: 6,
    },
  ]);
});

test("every enclosure in the feed is served with the length the feed gives", async ({ request }) => {
  const feed = parseFeed(await (await request.get("/rss.xml")).text())!;
  for (const item of feed.items) {
    const path = new URL(item.enclosure.url).pathname;
    const body = await (await request.get(path)).body();
    expect(body.length).toBe(item.enclosure.length);
  }
});

test("the chapters file of an episode is Podcasting 2.0 JSON chapters", async ({ request }) => {
  const response = await request.get("/episodes/s01e02-recording-at-home/chapters.json");
  expect(await response.json()).toEqual({
    version: "1.2.0",
    title: "Recording at Home",
    chapters: [
      { startTime: 0, title: "Intro" },
      { startTime: 16, title: "The room" },
      { startTime: 29, title: "The microphone" },
      { startTime: 40, title: "Two voices" },
      { startTime: 50, title: "Outro" },
    ],
  });
});
