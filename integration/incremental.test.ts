import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT } from "../scripts/site-copy.ts";
import { pageCounts } from "../bench/phases.ts";
import { Scratch } from "./scratch.ts";

const NEW_EPISODE = `---
title: A Late Addition
date: 2024-05-02
season: 2
episode: 4
guest: Lin Example
role: Producer
audio:
  url: /audio/s02e04-late.mp3
chapters:
  - { start: "0:00", title: "Hello again" }
  - { start: "0:03", title: "The studio" }
tags: [demo, audio]
---

Lin comes back to show what changed in the home studio.

<!-- more -->

## Show notes

- [A microphone](https://example.org/microphone)
`;

/**
 * Each step changes the files of both copies; `warm` rebuilds with the caches of its earlier builds
 * (Astro's incremental cache, the content store, the social cards), `cold` from nothing.
 */
const STEPS: { name: string; change: (site: Scratch) => void }[] = [
  {
    // Its audio in public/, as the demo's is: a host no page loaded from before would change every
    // page's policy, and so every page (the step after next).
    name: "adds an episode",
    change: (site) => {
      site.write("public/audio/s02e04-late.mp3", readFileSync(join(PROJECT, "public/audio/s02e01-mdx-components.mp3")));
      site.write("src/content/episodes/s02e04-late.md", NEW_EPISODE);
    },
  },
  {
    name: "edits an episode's title and notes",
    change: (site) => {
      const file = "src/content/episodes/s01e06-sentry.md";
      site.write(
        file,
        site.read(file).replace('title = "Sentry"', 'title = "Sentry, Revisited"') + "\nOne more link.\n",
      );
    },
  },
  {
    // A host no page loaded from before: the site's policy changes, on every page restored too.
    name: "shows a picture from another host in an episode's notes",
    change: (site) => {
      const file = "src/content/episodes/s02e04-late.md";
      site.write(file, `${site.read(file)}\n![A chart of the studio](https://pictures.example.org/studio.png)\n`);
    },
  },
  // The trailer has an alias (/trailer/), a page in its season and tags, a card and a search document.
  { name: "deletes an episode", change: (site) => site.remove("src/content/episodes/s01e00-trailer.md") },
  {
    name: "changes a guest's spelling",
    change: (site) => {
      const file = "src/content/guests/lin-example.yaml";
      const profile = site.read(file).replace("name: Lin Example", "name: Lin Exemplar");
      site.write(file, profile.replace("spellings: [Lin Ex.]", "spellings: [Lin Ex., Lin Example]"));
    },
  },
  {
    name: "changes a show setting",
    change: (site) => {
      const file = "src/show.config.ts";
      site.write(file, site.read(file).replace('title: "Demo Cast"', 'title: "Demo Cast Weekly"'));
    },
  },
];

describe("incremental builds", () => {
  let warm: Scratch;
  let cold: Scratch;
  beforeAll(() => {
    warm = new Scratch();
    cold = new Scratch();
  });
  afterAll(() => {
    warm?.dispose();
    cold?.dispose();
  });

  /**
   * Builds both copies, `cold` with no cache at all, and gives the warm build's counts of pages.
   */
  async function buildBoth() {
    const rebuilt = await warm.run(["build"]);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    cold.remove(".astro");
    const fresh = await cold.run(["build"]);
    expect(fresh.code, fresh.output).toBe(0);
    expect(pageCounts(fresh.output).restored).toBe(0);
    // The files from the model (search documents, cards, chapters) are made while the pages render.
    expect(rebuilt.output).toMatch(/Files from the model: made in \d+ ms, as the pages began/);
    return pageCounts(rebuilt.output);
  }

  it(
    "rebuild after each change the very site a cold build makes, restoring the pages it did not touch",
    { timeout: 900_000 },
    async () => {
      const first = await buildBoth();
      expect(first.restored).toBe(0);
      expect(warm.files("dist")).toEqual(cold.files("dist"));

      const unchanged = await buildBoth();
      // Only the pages without a key of their own (the home page, the feed, the indexes …) render again.
      expect(unchanged.restored).toBeGreaterThan(unchanged.rendered);

      for (const step of STEPS) {
        step.change(warm);
        step.change(cold);
        const counts = await buildBoth();
        const built = warm.files("dist");
        expect(built, step.name).toEqual(cold.files("dist"));
        // A show setting, and a picture from a host no page loaded from before, which joins every
        // page's Content Security Policy, change every page.
        const everyPage = step.name === "changes a show setting" || step.name.startsWith("shows a picture");
        if (everyPage) expect(counts.restored, step.name).toBe(0);
        else expect(counts.restored, step.name).toBeGreaterThan(0);
      }
      // What the steps must have reached: the new episode everywhere, the deleted one nowhere.
      const built = warm.files("dist");
      expect(built).toHaveProperty(["episodes/s02e04-late/index.html"]);
      expect(built).toHaveProperty(["episodes/s02e04-late/chapters.json"]);
      expect(built).toHaveProperty(["cards/s02e04-late.png"]);
      // (Its audio in public/ stays: the site serves every file there.)
      const trailer = /^(episodes|cards)\/s01e00-trailer|^trailer\//;
      expect(Object.keys(built).filter((file) => trailer.test(file))).toEqual([]);
      expect(warm.read("dist/rss.xml")).not.toContain("/episodes/s01e00-trailer/");
      expect(warm.read("dist/episodes/s01e06-sentry/index.html")).toContain("Sentry, Revisited");
      // The card cache holds the cards the site shows and no other: not the deleted episode's, not
      // the retitled one's old card, nor any drawn before the show's name changed.
      const cards = (files: Record<string, string>, kind: RegExp) =>
        Object.entries(files)
          .filter(([file]) => kind.test(file))
          .map(([, bytes]) => bytes)
          .sort();
      expect(cards(warm.files(".astro/cache/social-cards"), /\.png$/)).toEqual(cards(built, /^cards\//));
      const guest = warm.read("dist/guests/lin-example/index.html");
      expect(guest).toContain("Lin Exemplar");
      expect(guest).toContain("Demo Cast Weekly");
    },
  );
});
