import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FeedChannel } from "./feed.ts";
import { setShowSettings, showSettings } from "./show-config.ts";

const config = readFileSync(new URL("../../show.config.ts", import.meta.url), "utf8");

const channel: FeedChannel = {
  title: "Rust in Production",
  description: "<p>Companies who use <b>Rust</b> &amp; why.</p>",
  author: "Matthias Endler",
  owner: { name: "Matthias Endler", email: "podcast@corrode.example" },
  language: "en",
  categories: [{ name: "Technology" }, { name: "Business", subcategory: "Entrepreneurship" }],
  explicit: false,
  type: "episodic",
  image: "https://letscast.fm/cover.jpg",
  funding: { url: "https://corrode.example/support", text: "Support the show" },
  guid: "c2e1f1d5-5b1a-5a4e-9d1b-4f6a0e2b3c4d",
  settings: {},
  notes: [],
};

describe("showSettings", () => {
  it("takes every channel setting the config accepts, and names the rest", () => {
    const { settings, notes } = showSettings({ ...channel, language: "English", categories: [{ name: "Rust" }] });
    expect(settings.map((s) => s.key)).toEqual([
      "title",
      "description",
      "author",
      "owner",
      "explicit",
      "type",
      "funding",
      "guid",
    ]);
    expect(settings[1].value).toBe("Companies who use Rust & why.");
    expect(notes).toEqual([
      'kept the config\'s language: the feed\'s "English" is not valid here (expected an ISO 639 code such as en or en-us, found "English")',
      'kept the config\'s categories: the feed\'s [{"name":"Rust"}] is not valid here (expected an Apple Podcasts category such as Technology, found "Rust")',
      "cover art not saved: download https://letscast.fm/cover.jpg into public/ and set cover to its path",
    ]);
  });
});

describe("setShowSettings", () => {
  it("replaces each setting where it is written, keeps the comments, and adds the missing ones", () => {
    const { settings } = showSettings(channel, "/cover.jpg");
    // The demo config sets funding: without it, it is a setting to add.
    const edited = setShowSettings(config.replace(/\n  funding: .*\n/, "\n"), settings);
    expect(edited).toContain('  title: "Rust in Production",\n');
    expect(edited).toContain(
      '  categories: [{ name: "Technology" }, { name: "Business", subcategory: "Entrepreneurship" }],\n',
    );
    expect(edited).toContain(
      '  // Pinned once (npm run feed-guid -- <feed URL>); never recompute it after the site moves.\n  guid: "c2e1f1d5-5b1a-5a4e-9d1b-4f6a0e2b3c4d",\n',
    );
    expect(edited).toContain('  funding: { url: "https://corrode.example/support", text: "Support the show" },\n});');
    expect(edited).toContain(
      '  owner: { name: "Matthias Endler", email: "podcast@corrode.example" },\n  language: "en",',
    );
    expect(edited).not.toContain("A demo show");
    // The lines the import does not set are as they were.
    for (const kept of ["  site: ", "  copyright: ", "  hosts: ", "  seasons: ", "  latestOnHome: 10,"]) {
      expect(edited).toContain(config.split("\n").find((l) => l.startsWith(kept)));
    }
    expect(setShowSettings(edited, settings)).toBe(edited);
  });

  it("replaces a setting written over several lines, up to its closing bracket", () => {
    const text = [
      "defineShow({",
      "  podroll: [",
      "    {",
      '      feedGuid: "a",',
      "    },",
      "  ],",
      '  title: "Old",',
      "});",
    ].join("\n");
    const edited = setShowSettings(text, [{ key: "podroll", value: [{ feedGuid: "b" }] }]);
    expect(edited).toBe(["defineShow({", '  podroll: [{ feedGuid: "b" }],', '  title: "Old",', "});"].join("\n"));
  });
});
