import { readFileSync } from "node:fs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scratch } from "./scratch.ts";

const CONFIG = "src/show.config.ts";
const square = (size: number, colour: string) =>
  sharp({ create: { width: size, height: size, channels: 3, background: colour } })
    .png()
    .toBuffer();

describe("the show's look, on a copy of the site", () => {
  let site: Scratch;

  beforeAll(() => {
    site = new Scratch();
  });
  afterAll(() => site?.dispose());

  it("stops the build on an accent that cannot be read, naming the setting and the contrast", async () => {
    const config = site.read(CONFIG);
    site.write(CONFIG, config.replace(/accent: "#[0-9a-f]+"/, 'accent: "#f97316"'));
    try {
      const build = await site.run(["build"]);
      expect(build.code).not.toBe(0);
      expect(build.output).toContain(
        "src/show.config.ts — accent — expected a contrast of at least 4.5:1 for links and text in the light scheme (the accent, #f97316 on #faf9f7), found 2.6:1",
      );
      expect(site.exists("dist/index.html")).toBe(false);
    } finally {
      site.write(CONFIG, config);
    }
  });

  it("shows a logo, an episode's own art and guests' photos; without a font, loads none", async () => {
    const config = site.read(CONFIG);
    site.write(
      CONFIG,
      config
        .replace(/\n\s*font: \{[^}]*\},/, "")
        .replace('accent: "#6d28d9",', 'accent: "#0e7490",\n  logo: "/logo.png",'),
    );
    site.write("public/logo.png", await square(256, "#0e7490"));
    site.write("src/content/episodes/s03e01-own-art/art.png", await square(1400, "#c2410c"));
    site.write("src/content/episodes/s03e01-own-art/lin.png", await square(200, "#15803d"));
    site.write("src/content/episodes/s03e01-own-art/audio.mp3", readFileSync("public/audio/s01e00-trailer.mp3"));
    site.write(
      "src/content/episodes/s03e01-own-art/index.md",
      [
        "---",
        "title: Own Art",
        "date: 2024-05-02",
        "season: 3",
        "episode: 1",
        "image: ./art.png",
        "audio:",
        "  url: ./audio.mp3",
        "guests:",
        "  - name: Lin Photo",
        "    image: ./lin.png",
        "  - name: No Photo",
        "---",
        "",
        "Notes.",
        "",
      ].join("\n"),
    );
    const build = await site.run(["build"]);
    expect(build.code, build.output).toBe(0);

    const home = site.read("dist/index.html");
    expect(home).toMatch(/<a class="brand"[^>]*><img src="\/_astro\/logo\.[^"]+\.webp"[^>]*loading="lazy"/);
    expect(home).not.toContain('rel="preload"');
    expect(home).not.toContain("@font-face");
    expect(home).toContain("--accent:light-dark(#0e7490,");
    // The featured episode is the newest, with its own art, not the show's.
    expect(home).toMatch(/class="featured-art"[^>]*><img src="\/_astro\/art\.[^"]+\.webp"/);
    // With a large play control, after the episode's link.
    expect(home).toMatch(
      /class="card featured-card"[^>]*>.*class="card-link" href="\/episodes\/s03e01-own-art\/"[^>]*>Own Art<\/a>.*<button type="button" class="play-button large"[^>]*aria-label="Play Own Art"/s,
    );

    const episode = site.read("dist/episodes/s03e01-own-art/index.html");
    const eager = [...episode.matchAll(/<img [^>]*>/g)].filter(([img]) => !img.includes('loading="lazy"'));
    expect(eager).toHaveLength(1);
    expect(eager[0][0]).toMatch(/src="\/_astro\/art\.[^"]+\.webp".*fetchpriority="high"/);
    expect(episode).toMatch(/<img src="\/_astro\/lin\.[^"]+\.webp"[^>]*class="avatar"/);
    expect(episode).toMatch(/<span class="avatar" data-initials="NP" aria-hidden="true"[^>]*><\/span>/);
  });
});
