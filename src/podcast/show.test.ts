import { describe, expect, it } from "vitest";
import { AstroError } from "astro/errors";
import { defineShow } from "./show.ts";
import { showInput } from "../testing/fixtures.ts";

describe("show config", () => {
  const good = showInput;

  it("accepts a complete config and fills defaults", () => {
    expect(defineShow(good)).toMatchObject({
      medium: "podcast",
      locked: true,
      episodesPerPage: 20,
      timeZone: "UTC",
      allowEmbeds: [],
    });
    expect(defineShow({ ...good, timeZone: "Pacific/Auckland" }).timeZone).toBe("Pacific/Auckland");
  });

  it.each([
    [
      { categories: [{ name: "Tech" }] },
      'categories.0.name — expected an Apple Podcasts category such as Technology, found "Tech"',
    ],
    [
      { categories: [{ name: "Arts", subcategory: "Rust" }] },
      'categories.0.subcategory — expected a subcategory of "Arts": ',
    ],
    [
      { site: "http://podcast.example.com" },
      'site — expected the site\'s absolute https URL, found "http://podcast.example.com"',
    ],
    [{ owner: { name: "Host", email: "nope" } }, 'owner.email — expected an email address, found "nope"'],
    [{ guid: "abc" }, 'guid — expected the pinned podcast:guid, a UUID (see README: npm run feed-guid), found "abc"'],
    [{ cover: "/cover.gif" }, 'cover — expected a PNG or JPEG path in public/, such as /cover.png, found "/cover.gif"'],
    [
      { hosts: [{ name: "A", role: "Boss" }] },
      'hosts.0.role — expected a podcast:person role such as host or guest, found "Boss"',
    ],
    [
      { subscribe: [{ name: "X", url: "javascript:alert(1)" }] },
      'subscribe.0.url — expected an https:// or http:// URL, found "javascript:alert(1)"',
    ],
    [
      { timeZone: "Mars/Olympus" },
      'timeZone — expected an IANA time zone such as UTC or Europe/Berlin, found "Mars/Olympus"',
    ],
    [{ episodesPerPage: 0 }, "episodesPerPage — expected a number of 1 or more, found 0"],
    [{ title: undefined }, "title — is required: expected the show's title, found nothing"],
    [
      { allowEmbeds: ["https://www.youtube-nocookie.com/"] },
      'allowEmbeds.0 — expected a host name such as www.youtube-nocookie.com, without https://, found "https://www.youtube-nocookie.com/"',
    ],
    [{ accent: "purple" }, 'accent — expected a colour like #6d28d9, found "purple"'],
    [
      { analytics: { prefixes: ["http://op3.dev/e/"] } },
      'analytics.prefixes.0 — expected an https prefix ending in /, such as https://op3.dev/e/, without ? or #, found "http://op3.dev/e/"',
    ],
    [
      { analytics: { prefixes: ["https://op3.dev/e/?pg=1/"] } },
      'analytics.prefixes.0 — expected an https prefix ending in /, such as https://op3.dev/e/, without ? or #, found "https://op3.dev/e/?pg=1/"',
    ],
    [
      { analytics: { prefixes: ["https://op3.dev/e"] } },
      'analytics.prefixes.0 — expected an https prefix ending in /, such as https://op3.dev/e/, without ? or #, found "https://op3.dev/e"',
    ],
    [
      { value: { recipients: [{ name: "Host", address: "03ab", split: "ninety" }] } },
      'value.recipients.0.split — expected a whole-number split such as 90, found "ninety"',
    ],
    [
      { value: { recipients: [{ name: "Host", address: "03ab", split: 0 }] } },
      "value.recipients — expected a recipient with a split above 0, found none: every payment would go nowhere",
    ],
    [
      { location: { name: "Austin, TX", geo: "30.2672,97.7431" } },
      'location.geo — expected a geo: URI such as geo:30.2672,-97.7431, found "30.2672,97.7431"',
    ],
    [
      { license: { name: "Mine", url: "javascript:alert(1)" } },
      'license.url — expected an https:// URL, found "javascript:alert(1)"',
    ],
    [
      { updateFrequency: { text: "Weekly", rrule: "WEEKLY" } },
      'updateFrequency.rrule — expected an RFC 5545 rule such as FREQ=WEEKLY;INTERVAL=2;BYDAY=MO, found "WEEKLY"',
    ],
    [
      { updateFrequency: { text: "Ten episodes", rrule: "FREQ=WEEKLY;COUNT=10" } },
      "updateFrequency.dtstart — is required with COUNT in rrule: expected the date the rule starts, found nothing",
    ],
    [{ block: { platforms: ["spotifi"] } }, "block.platforms.0 — expected acast, amazon,"],
    [
      { podroll: [{ feedGuid: "not-a-uuid" }] },
      'podroll.0.feedGuid — expected the show\'s podcast:guid, a UUID, found "not-a-uuid"',
    ],
    [
      { podroll: [{ feedGuid: "917393e3-1b1e-5cef-ace4-edaa54e1f810", url: "javascript:alert(1)" }] },
      'podroll.0.url — expected an https:// or http:// URL, found "javascript:alert(1)"',
    ],
    [
      { publisher: { feedGuid: "917393e3-1b1e-5cef-ace4-edaa54e1f810", feedUrl: "http://x.example/feed.xml" } },
      'publisher.feedUrl — expected the show\'s feed, an https URL, found "http://x.example/feed.xml"',
    ],
    [{ txt: [{ value: "x".repeat(4001) }] }, "txt.0.value — expected a token of at most 4000 characters, found"],
    [
      { trailers: [{ title: "Soon", url: "https://x.example/t.mp3", pubdate: "next spring" }] },
      'trailers.0.pubdate — expected a date such as 2021-04-01T13:00:00Z, found "next spring"',
    ],
    [
      { trailers: [{ title: "Soon", url: "ipfs://QmTrailer", pubdate: "2021-04-01" }] },
      'trailers.0.url — expected the trailer\'s https URL, found "ipfs://QmTrailer"',
    ],
    [
      { oldFeedPaths: ["https://podcast.example.com/feed/"] },
      'oldFeedPaths.0 — expected a site path starting with /, found "https://podcast.example.com/feed/"',
    ],
    [
      { oldFeedPaths: ["/feed/", "/../secret"] },
      'oldFeedPaths.1 — expected a site path without . or .. parts, found "/../secret"',
    ],
    [
      { audioStorage: { endpoint: "s3.example.com", bucket: "show", publicUrl: "https://audio.example.com/" } },
      'audioStorage.endpoint — expected the storage\'s S3 endpoint, such as https://<account id>.r2.cloudflarestorage.com, found "s3.example.com"',
    ],
    [
      {
        audioStorage: {
          endpoint: "https://s3.example.com",
          bucket: "My Show",
          publicUrl: "https://audio.example.com/",
        },
      },
      'audioStorage.bucket — expected a bucket name of lowercase letters, digits, dots and dashes, found "My Show"',
    ],
    [
      { audioStorage: { endpoint: "https://s3.example.com", bucket: "show", publicUrl: "http://audio.example.com/" } },
      'audioStorage.publicUrl — expected the https address the bucket\'s files are public at, such as https://audio.example.com/, found "http://audio.example.com/"',
    ],
    [
      {
        audioStorage: {
          endpoint: "https://s3.example.com",
          bucket: "show",
          publicUrl: "https://audio.example.com/",
          prefix: "episodes",
        },
      },
      'audioStorage.prefix — expected a folder of the bucket ending in /, such as episodes/, or nothing, found "episodes"',
    ],
    [{ logo: "logo.svg" }, 'logo — expected an image path in public/, such as /logo.svg, found "logo.svg"'],
    [{ cover: "/../../x.png" }, 'cover — expected a site path without . or .. parts, found "/../../x.png"'],
    [
      { cover: "//evil.example/cover.png" },
      'cover — expected a site path starting with exactly one /, found "//evil.example/cover.png", which browsers and podcast apps read as an address on another site',
    ],
    [
      { logo: "/\\evil.example/logo.svg" },
      'logo — expected a site path starting with exactly one /, found "/\\evil.example/logo.svg"',
    ],
    [
      { cover: "https://cdn.example/cover.png" },
      'cover — expected a PNG or JPEG path in public/, such as /cover.png, found "https',
    ],
    [
      { title: "Demo\u009B Cast" },
      'title — expected the show\'s title on one line, without control or bidirectional override characters, found U+009B in "Demo[U+009B] Cast"',
    ],
    [
      { description: "About \u202Eevil" },
      "description — expected a description of at most 4000 bytes without control or bidirectional override characters, found U+202E",
    ],
    [
      { subscribe: [{ name: "X", url: 'https://x.example/"><script>' }] },
      'subscribe.0.url — expected an https:// or http:// URL without spaces, quotes, < > or backslashes, found " in',
    ],
    [
      { strings: { Plai: "Listen" } },
      'strings.Plai — expected a key of the interface strings, found "Plai": did you mean play?',
    ],
    [
      { strings: { play: "Listen\u202E" } },
      "strings.play — expected an interface string on one line, without control or bidirectional override characters, found U+202E",
    ],
    [
      { font: { family: "Inter", package: "inter" } },
      'font.package — expected a Fontsource package, such as @fontsource-variable/inter, found "inter"',
    ],
  ])("names the bad setting %#", (change, message) => {
    expect(() => defineShow({ ...good, ...change } as typeof good)).toThrow(`src/show.config.ts — ${message}`);
  });

  it("stops the build with an AstroError listing every bad setting, without a stack trace", () => {
    let error: unknown;
    try {
      defineShow({ ...good, language: "English", explicit: "no" as unknown as boolean });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AstroError);
    const { message, stack } = error as AstroError;
    expect(message).toBe(
      [
        "2 problems in src/show.config.ts:",
        'src/show.config.ts — language — expected an ISO 639 code such as en or en-us, found "English"',
        'src/show.config.ts — explicit — expected true or false, found "no"',
      ].join("\n"),
    );
    expect(stack).toBe("");
  });

  it("stops on an accent that cannot be read, naming the setting and the contrast found", () => {
    expect(() => defineShow({ ...good, accent: "#f97316" })).toThrow(
      "src/show.config.ts — accent — expected a contrast of at least 4.5:1 for links and text in the light scheme (the accent, #f97316 on #faf9f7), found 2.6:1",
    );
  });

  it("defaults to a violet accent and the system's fonts", () => {
    expect(defineShow(good)).toMatchObject({ accent: "#6d28d9" });
    expect(defineShow(good).font).toBeUndefined();
  });

  it("makes the interface's locale from the language and the show's own strings", () => {
    const show = defineShow({ ...good, language: "pt-BR", strings: { play: "Ouça" } });
    expect(show.locale).toMatchObject({ language: "pt-BR", table: "pt", dir: "ltr" });
    expect(show.locale.t("play")).toBe("Ouça");
    expect(show.locale.t("pause")).toBe("Pausar");
    expect(defineShow({ ...good, language: "ar" }).locale.dir).toBe("rtl");
  });
});
