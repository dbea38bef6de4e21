import { describe, expect, it } from "vitest";
import { podcastGuid } from "./guid.ts";

describe("podcast:guid", () => {
  it("is the UUIDv5 of the feed URL without scheme and trailing slash", () => {
    expect(podcastGuid("https://example.com/podcast.xml")).toBe("8d435561-be52-5398-9646-b8b0c9abb123");
    expect(podcastGuid("http://example.com/podcast.xml/")).toBe("8d435561-be52-5398-9646-b8b0c9abb123");
  });
});
