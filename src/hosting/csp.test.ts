import { describe, expect, it } from "vitest";
import { makeEpisode } from "../testing/fixtures.ts";
import { addContentDirectives, contentDirectives, inlineHash, pageSources, policySources } from "./csp.ts";

const SITE = "https://podcast.example.com";
const show = { site: `${SITE}/`, hosts: [], allowEmbeds: [] };

describe("the hosts of the Content Security Policy", () => {
  it("are exactly the origins of the published episodes' remote audio and art, the guests' and the hosts'", () => {
    const published = [
      makeEpisode({ audio: { url: "https://cdn.example.com/a/1.mp3", length: 1, duration: 1 } }),
      makeEpisode({ audio: { url: "https://cdn.example.com:8443/2.mp3", length: 1, duration: 1 } }),
      makeEpisode({ audio: { url: "/audio/3.mp3" }, image: "https://img.example.org/art.jpg" }),
      makeEpisode({
        audio: { url: "https://CDN.example.com/4.m4a", length: 1, duration: 1 },
        guests: [
          { name: "Ada", image: "https://people.example.net/ada.png" },
          { name: "Lin", image: "/lin.png" },
        ],
      }),
    ];
    const guest = (slug: string, image?: string) => ({
      slug,
      url: `/guests/${slug}/`,
      name: slug,
      roles: [],
      links: [],
      image,
      episodes: [],
    });
    const guests = [guest("grace", "https://people.example.net/grace.png"), guest("sam")];
    const sources = policySources(
      { published, guests },
      {
        ...show,
        hosts: [{ name: "Host", role: "host", group: "cast", image: "https://avatars.example.io/h.png" }],
      },
    );
    expect(sources).toEqual({
      media: ["https://cdn.example.com", "https://cdn.example.com:8443", SITE],
      images: ["https://avatars.example.io", "https://img.example.org", "https://people.example.net", SITE],
      frames: [],
    });
  });

  it("allow every step of the analytics chain and the hosts of remote alternate files", () => {
    const video = makeEpisode({
      audio: { url: "https://cdn.example.com/a.mp3", length: 1, duration: 1 },
      alternateEnclosures: [{ url: "https://video.example.tv/a.mp4", type: "video/mp4" }],
    });
    const prefixes = ["https://op3.dev/e/", "https://dts.podtrac.com/redirect.mp3/"];
    expect(policySources({ published: [video], guests: [] }, { ...show, analytics: { prefixes } }).media).toEqual([
      "https://cdn.example.com",
      "https://dts.podtrac.com",
      "https://op3.dev",
      SITE,
      "https://video.example.tv",
    ]);
  });

  it("add those the show notes, bios and About page load from, as the pages show them", () => {
    const published = [makeEpisode({ audio: { url: "https://cdn.example.com/1.mp3", length: 1, duration: 1 } })];
    const html = [
      '<p><img src="https://pictures.example.org/studio.png" alt=""></p>',
      '<video controls src="https://cdn.example.com/clip.mp4" poster="/local.png"></video>',
      '<p><a href="https://link.example.com/">a link loads nothing</a></p>',
    ];
    expect(policySources({ published, guests: [] }, show, html)).toEqual({
      media: ["https://cdn.example.com", SITE],
      images: ["https://pictures.example.org", SITE],
      frames: [],
    });
  });

  it("are the site's own address alone for a site whose episodes use no other host", () => {
    expect(policySources({ published: [makeEpisode()], guests: [] }, show)).toEqual({
      media: [SITE],
      images: [SITE],
      frames: [],
    });
  });

  it("allow frames from exactly the allowEmbeds hosts, and none without them", () => {
    const sources = policySources(
      { published: [], guests: [] },
      { ...show, allowEmbeds: ["www.youtube-nocookie.com", "player.vimeo.com"] },
    );
    expect(contentDirectives(sources)).toEqual([
      `img-src 'self' ${SITE}`,
      `media-src 'self' ${SITE}`,
      "frame-src https://player.vimeo.com https://www.youtube-nocookie.com",
    ]);
    expect(contentDirectives({ media: [], images: [], frames: [] })).toContain("frame-src 'none'");
  });

  it("name the site first, then each host", () => {
    expect(contentDirectives({ media: ["https://a.example"], images: ["https://b.example"], frames: [] })).toEqual([
      "img-src 'self' https://b.example",
      "media-src 'self' https://a.example",
      "frame-src 'none'",
    ]);
  });
});

describe("a page's policy", () => {
  it("takes the content's directives where the build hands hosts, and nothing in the dev server", () => {
    const added: string[] = [];
    const csp = { insertDirective: (directive: string) => void added.push(directive) };
    const sources = { media: ["https://cdn.example.com"], images: [], frames: [] };
    addContentDirectives(csp, undefined);
    addContentDirectives(undefined, sources);
    expect(added).toEqual([]);
    addContentDirectives(csp, sources);
    expect(added).toEqual(contentDirectives(sources));
  });
});

describe("the hash of an inline script", () => {
  it("is the SHA-256 of its text, in base64, as browsers compute it", () => {
    // The hash CSP's specification gives for alert('Hello, world.');
    expect(inlineHash("alert('Hello, world.');")).toBe("sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=");
  });
});

describe("the hosts HTML loads from", () => {
  it("are the origins of its images, pictures, posters, audio, video and their sources", () => {
    const html = [
      '<p><img src="https://img.example.com/a.png?x=1&amp;y=2" alt="a src=&quot;https://no.example/&quot;"></p>',
      '<img alt="" srcset="https://cdn.example.net/a-1x.png 1x, https://cdn2.example.net/a-2x.png 2x" src="/local.png">',
      '<picture><source srcset="https://pics.example.org/a.avif" type="image/avif"><img src="/a.png"></picture>',
      '<video controls poster="https://posters.example.com/p.jpg"><source src="https://video.example.com/v.mp4"></video>',
      '<audio controls src="https://audio.example.com/a.mp3"></audio><track src="https://subs.example.com/a.vtt">',
      '<a href="https://link.example.com/">a link loads nothing</a><code>&lt;img src="https://code.example.com/"&gt;</code>',
      '<img src="javascript:alert(1)"><img src="//protocol-relative.example.com/x.png"><img src="data:image/png;base64,AA">',
    ].join("\n");
    expect(pageSources(html)).toEqual({
      images: [
        "https://cdn.example.net",
        "https://cdn2.example.net",
        "https://img.example.com",
        "https://pics.example.org",
        "https://posters.example.com",
      ],
      media: ["https://audio.example.com", "https://subs.example.com", "https://video.example.com"],
    });
  });
});
