import { describe, expect, it } from "vitest";
import { throughPrefixes, withoutPrefixes } from "./analytics.ts";

describe("analytics prefixes", () => {
  it("chain in order, the first outermost, each inner URL without its https:// as OP3 and Podtrac document it", () => {
    expect(
      throughPrefixes("https://cdn.example.com/a.mp3", ["https://op3.dev/e/", "https://dts.podtrac.com/redirect.mp3/"]),
    ).toBe("https://op3.dev/e/dts.podtrac.com/redirect.mp3/cdn.example.com/a.mp3");
    expect(throughPrefixes("https://cdn.example.com/a.mp3", ["https://op3.dev/e/"])).toBe(
      "https://op3.dev/e/cdn.example.com/a.mp3",
    );
  });

  it("leave a URL as it is without prefixes, query included", () => {
    expect(throughPrefixes("https://cdn.example.com/a.mp3?x=1", [])).toBe("https://cdn.example.com/a.mp3?x=1");
  });

  it("undo the chain to find the file the site serves, and leave a URL outside it as it is", () => {
    const prefixes = ["https://op3.dev/e/", "https://dts.podtrac.com/redirect.mp3/"];
    const url = "https://podcast.example.com/audio/a.mp3";
    expect(withoutPrefixes(throughPrefixes(url, prefixes), prefixes)).toBe(url);
    expect(withoutPrefixes(url, prefixes)).toBe(url);
  });
});
