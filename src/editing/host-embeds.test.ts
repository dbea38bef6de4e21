import { describe, expect, it } from "vitest";
import { deleteHostEmbeds, findHostEmbeds, hostEmbedWarnings, removeHostEmbeds } from "./host-embeds.ts";

// Each as the host's embed button writes it.
const EMBEDS = {
  LetsCast:
    '<script src="https://letscast.fm/podcasts/rust-in-production-82281512/episodes/sentry-with-arpad-borsos/player.js?size=s"></script>',
  Buzzsprout:
    '<div id="buzzsprout-player-14523342"></div><script src="https://www.buzzsprout.com/2193055/14523342-cutting-the-cord.js?container_id=buzzsprout-player-14523342&player=small" type="text/javascript" charset="utf-8"></script>',
  Transistor:
    '<iframe width="100%" height="180" frameborder="no" scrolling="no" seamless src="https://share.transistor.fm/e/4d1a2b3c"></iframe>',
  Libsyn:
    '<iframe title="Libsyn Player" style="border: none" src="//html5-player.libsyn.com/embed/episode/id/29876543/height/90/theme/custom/thumbnail/yes/direction/forward/render-playlist/no/custom-color/000000/" height="90" width="100%" scrolling="no" allowfullscreen></iframe>',
  Spotify:
    '<iframe style="border-radius:12px" src="https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk?utm_source=generator" width="100%" height="152" frameBorder="0" allowfullscreen="" allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>',
  Captivate:
    '<iframe style="width: 100%; height: 170px;" frameborder="no" scrolling="no" allow="clipboard-write" seamless src="https://player.captivate.fm/episode/9b0e5c2a-1f0e-4c7b-9a51-3f2d6a7e8c10"></iframe>',
  Simplecast:
    '<iframe height="200px" width="100%" frameborder="no" scrolling="no" seamless src="https://player.simplecast.com/2f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f?dark=false"></iframe>',
  Podbean:
    '<iframe title="An episode" allowtransparency="true" height="150" width="100%" style="border: none; min-width: min(100%, 430px);" scrolling="no" data-name="pb-iframe-player" src="https://www.podbean.com/player-v2/?i=q7x3m-15a2b3c-pb&from=pb6admin&share=1&download=1&rtl=0&fonts=Arial&skin=1&font-color=auto&logo_link=episode_page&btn-skin=7" loading="lazy" allowfullscreen=""></iframe>',
  SoundCloud:
    '<iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1234567890&color=%23ff5500"></iframe>',
};

const KEYS: Record<string, string> = {
  LetsCast: "sentry-with-arpad-borsos",
  Buzzsprout: "14523342",
  Transistor: "4d1a2b3c",
  Libsyn: "29876543",
  Spotify: "4rOoJ6Egrf8K2IrywzwOMk",
  Captivate: "9b0e5c2a-1f0e-4c7b-9a51-3f2d6a7e8c10",
  Simplecast: "2f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  Podbean: "q7x3m-15a2b3c-pb",
  SoundCloud: "1234567890",
};

describe("findHostEmbeds", () => {
  for (const [host, html] of Object.entries(EMBEDS)) {
    it(`finds ${host}'s player with its line and the episode's key`, () => {
      const body = `\nThe summary.\n\n${html}\n\n## Show notes\n`;
      expect(findHostEmbeds(body, 10)).toEqual([
        expect.objectContaining({ host, line: 13, key: KEYS[host], start: body.indexOf("<") }),
      ]);
    });
  }

  it("finds Spotify for Creators' older Anchor player", () => {
    const html =
      '<iframe src="https://anchor.fm/rustacean-station/embed/episodes/Tokio-e2a1b3c" height="102px"></iframe>';
    expect(findHostEmbeds(html)).toEqual([expect.objectContaining({ host: "Spotify", key: "Tokio-e2a1b3c" })]);
  });

  it("leaves other scripts and iframes, and embeds shown in code blocks, to other checks", () => {
    const body = [
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
      '<script src="/js/local.js"></script>',
      "```html",
      EMBEDS.LetsCast,
      "```",
    ].join("\n");
    expect(findHostEmbeds(body)).toEqual([]);
  });
});

describe("removeHostEmbeds", () => {
  it("blanks every host player and keeps the line count, so later lines keep their numbers", () => {
    const body = `Intro.\n\n${EMBEDS.Buzzsprout}\n\nText with ${EMBEDS.Transistor} inside.\n\n${EMBEDS.LetsCast}\n`;
    const removed = removeHostEmbeds(body);
    expect(removed).toBe("Intro.\n\n\n\nText with  inside.\n\n\n");
    expect(removed.split("\n")).toHaveLength(body.split("\n").length);
  });

  it("returns a body without embeds as it is", () => {
    const body = "Plain <em>notes</em>.\n";
    expect(removeHostEmbeds(body)).toBe(body);
  });
});

describe("deleteHostEmbeds", () => {
  it("drops an embed's own line and one blank line around it, and nothing else", () => {
    const body = `\nThe summary.\n\n${EMBEDS.LetsCast}\n\n<!-- more -->\n\n\n\nKept   as is.\n`;
    expect(deleteHostEmbeds(body)).toBe("\nThe summary.\n\n<!-- more -->\n\n\n\nKept   as is.\n");
  });

  it("leaves no blank line behind an embed that closed the file", () => {
    expect(deleteHostEmbeds(`Notes.\n\n${EMBEDS.Transistor}\n`)).toBe("Notes.\n");
  });

  it("keeps the text around an embed written inside a line", () => {
    expect(deleteHostEmbeds(`Listen: ${EMBEDS.Captivate} or below.\n`)).toBe("Listen:  or below.\n");
  });
});

describe("hostEmbedWarnings", () => {
  const body = `\nSummary.\n\n${EMBEDS.LetsCast}\n`;

  it("names the file, the line and the import to run when the episode has no audio", () => {
    const [warning] = hostEmbedWarnings("src/content/episodes/s01e06-sentry.md", body, 12, false);
    expect(warning).toMatchObject({ file: "src/content/episodes/s01e06-sentry.md", line: 15, field: "audio" });
    expect(warning.message).toMatch(/^expected audio in the front matter, found only a LetsCast player/);
    expect(warning.message).toContain("npm run import --");
  });

  it("says nothing once the episode has its own audio", () => {
    expect(hostEmbedWarnings("x.md", body, 1, true)).toEqual([]);
  });
});
