import { describe, expect, it } from "vitest";
import { showInput } from "../testing/fixtures.ts";
import { defineShow } from "./show.ts";
import { unknownFields } from "./schema.ts";

const problems = (overrides: Record<string, unknown>) => {
  try {
    defineShow({ ...showInput, ...overrides } as typeof showInput);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("settings and fields the site does not know", () => {
  it("stop the build for a show setting, naming it and the setting it most likely misspells", () => {
    expect(problems({ licence: "CC-BY-4.0" })).toContain(
      'src/show.config.ts — licence — expected a setting the site knows, found "licence": did you mean license?',
    );
    expect(problems({ funding: { url: "https://example.com/", text: "Support", txt: "x" } })).toContain(
      'src/show.config.ts — funding.txt — expected a setting the site knows, found "txt": did you mean text?',
    );
    expect(
      problems({ podroll: [{ feedGuid: "917393e3-1b1e-5cef-ace4-edaa54e1f810", feedURL: "https://x.example/" }] }),
    ).toContain(
      'src/show.config.ts — podroll.0.feedURL — expected a setting the site knows, found "feedURL": did you mean feedUrl?',
    );
    expect(problems({ somethingElse: true })).toContain(
      'src/show.config.ts — somethingElse — expected a setting the site knows, found "somethingElse", which it would ignore: remove it',
    );
    expect(problems({})).toBe("");
  });

  it("name an episode's unknown fields, top level and nested, but not Zola's own under [extra]", () => {
    expect(
      unknownFields({
        title: "T",
        soundbite: [],
        location: { name: "Berlin", gps: "x" },
        extra: { mine: 1, guest: "G", location: [{ name: "A", contry: "DE" }] },
        template: "episode.html",
        podcast_file: "https://x.example/a.mp3",
      }),
    ).toEqual([
      { path: [], key: "soundbite", closest: "soundbites" },
      { path: ["location"], key: "gps", closest: undefined },
      { path: ["extra", "location", 0], key: "contry", closest: "country" },
    ]);
  });
});
