import { describe, expect, it } from "vitest";
import { makeShow } from "../testing/fixtures.ts";
import { subscribeLinks } from "./subscribe.ts";

describe("subscribe links", () => {
  it("lists the config's apps with their icons, any other link with a plain one, then the feed", () => {
    const show = makeShow({
      subscribe: [
        { name: "Pocket Casts", url: "https://pca.st/x" },
        { name: "Apple Podcasts", url: "https://podcasts.apple.com/x" },
        { name: "Castro", url: "https://castro.fm/x" },
      ],
    });
    expect(subscribeLinks(show)).toEqual([
      { name: "Pocket Casts", url: "https://pca.st/x", icon: "pocket-casts" },
      { name: "Apple Podcasts", url: "https://podcasts.apple.com/x", icon: "apple-podcasts" },
      { name: "Castro", url: "https://castro.fm/x", icon: "link" },
      { name: "RSS", url: "/rss.xml", icon: "rss", copy: "https://podcast.example.com/rss.xml" },
    ]);
  });
});
