import { z } from "astro/zod";
import { problemError, type Problem } from "../problems.ts";
import { isTimeZone } from "./dates.ts";
import { errorMap, oneOf } from "./messages.ts";
import { MEDIA_TYPE } from "./media-type.ts";
import { RRULE } from "./namespace-syntax.ts";
import {
  dateText,
  fileRef,
  license,
  line,
  locations,
  person,
  prose,
  sitePath,
  value,
  webUrl,
  wholeNumber,
  LIMITS,
} from "./schema.ts";
import { unknownKeys } from "./unknown-keys.ts";
import { isHex } from "./colour.ts";
import { makeLocale, type Locale, type Overrides, overrideProblems } from "../i18n/locale.ts";
import { accentProblems } from "./palette.ts";
import appleCategories from "./taxonomies/apple-categories.json" with { type: "json" };
import { MEDIUMS } from "./taxonomies/mediums.ts";
import { SERVICES } from "./taxonomies/namespace-lists.ts";

const categories = appleCategories as Record<string, string[]>;

// The episode schema's text and URL rules: every text setting refuses control and bidirectional
// override characters, every link a `javascript:` URL, and a file of public/ is a path of the site.
const link = webUrl("an https:// or http:// URL");
const httpsUrl = (what = "an absolute https:// URL") => webUrl(what, ["https"]);
const inPublic = (what: string) => fileRef(what, { relative: false, remote: false });

/**
 * Where `npm run audio:push` puts the episodes' audio: a bucket of any S3-compatible storage (AWS
 * S3, Cloudflare R2, Backblaze B2, MinIO). The keys come from the environment only.
 */
const audioStorage = z.object({
  /** The storage's S3 endpoint, such as `https://<account>.r2.cloudflarestorage.com`. */
  endpoint: webUrl("the storage's S3 endpoint, such as https://<account id>.r2.cloudflarestorage.com"),
  /** The bucket's region; `auto` for R2. */
  region: line("a region such as auto or us-east-1").min(1).default("auto"),
  bucket: line("a bucket name of lowercase letters, digits, dots and dashes").regex(
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
  ),
  /** Where listeners fetch the bucket's files: its public address or the CDN before it. */
  publicUrl: httpsUrl("the https address the bucket's files are public at, such as https://audio.example.com/"),
  /** The folder of the bucket the audio goes in. */
  prefix: line("a folder of the bucket ending in /, such as episodes/, or nothing")
    .regex(/^([A-Za-z0-9][\w.-]*\/)*$/)
    .describe("a folder of the bucket ending in /, such as episodes/, or nothing")
    .default(""),
  /** Bucket-style addresses (`bucket.endpoint`) instead of path-style (`endpoint/bucket`). */
  virtualHosted: z.boolean().default(false),
});

/**
 * The show's own words for any string of the interface (`play: "Listen"`), over its language's
 * table: a key the table lacks is an error that names it, and so is a text that breaks a line.
 */
const strings = z
  .record(z.string(), z.unknown())
  .superRefine((overrides, ctx) => {
    for (const { key, message } of overrideProblems(overrides)) ctx.addIssue({ code: "custom", path: [key], message });
    const text = line("an interface string");
    for (const [key, value] of Object.entries(overrides)) {
      const forms =
        typeof value === "string" ? [value] : typeof value === "object" && value ? Object.values(value) : [];
      const bad = forms.map((form) => text.safeParse(form, { error: errorMap })).find((result) => !result.success);
      if (bad?.error) ctx.addIssue({ code: "custom", path: [key], message: bad.error.issues[0].message });
    }
  })
  .transform((overrides) => overrides as Overrides);

const category = z
  .object({ name: line("an Apple Podcasts category"), subcategory: line("a subcategory").optional() })
  .superRefine(({ name, subcategory }, ctx) => {
    if (!(name in categories)) {
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: `expected an Apple Podcasts category such as Technology, found "${name}"`,
      });
    } else if (subcategory && !categories[name].includes(subcategory)) {
      ctx.addIssue({
        code: "custom",
        path: ["subcategory"],
        message: categories[name].length
          ? `expected a subcategory of "${name}": ${oneOf(categories[name])}, found "${subcategory}"`
          : `expected no subcategory, as "${name}" has none, found "${subcategory}"`,
      });
    }
  });

/** Another show, by its `podcast:guid`: in the podroll, or the publisher's feed. */
const remoteFeed = {
  feedGuid: z.guid().describe("the show's podcast:guid, a UUID"),
  feedUrl: httpsUrl("the show's feed, an https URL").optional(),
};

/** An analytics service's prefix, as it documents it: `https://op3.dev/e/`. */
const prefix = httpsUrl("an https prefix ending in /, such as https://op3.dev/e/, without ? or #").refine(
  (p) => p.endsWith("/") && !/[?#]/.test(p),
);

export const showSchema = z.object({
  title: line("the show's title").min(1).max(255),
  /** One line under the title in the home page's hero. */
  tagline: line("a tagline").min(1).max(160).optional(),
  description: prose("a description of at most 4000 bytes")
    .min(1)
    .refine((d) => new TextEncoder().encode(d).length <= 4000)
    .describe("a description of at most 4000 bytes"),
  author: line("the author's name").min(1),
  owner: z.object({ name: line("the owner's name").min(1), email: z.email() }),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z]{2})?$/)
    .describe("an ISO 639 code such as en or en-us"),
  /** Words of the interface in the show's own tone, by key of `src/i18n/en.ts`: `{ play: "Listen" }`. */
  strings: strings.default({}),
  site: httpsUrl("the site's absolute https URL"),
  cover: inPublic("a PNG or JPEG path in public/, such as /cover.png").regex(/\.(png|jpe?g)$/i),
  /** The show's colour, as shown in the light scheme; the dark scheme's is derived from it. */
  accent: z.string().refine(isHex).describe("a colour like #6d28d9").default("#6d28d9"),
  /** A logo for the site's header, in public/; without it the header shows the cover art. */
  logo: inPublic("an image path in public/, such as /logo.svg")
    .regex(/\.(svg|png|jpe?g|webp|avif)$/i)
    .optional(),
  /** One self-hosted Fontsource font from npm; without it the system's fonts are used. */
  font: z
    .object({
      family: line("a font family").min(1),
      package: z
        .string()
        .regex(/^@fontsource(-variable)?\/[a-z0-9-]+$/)
        .describe("a Fontsource package, such as @fontsource-variable/inter"),
    })
    .optional(),
  categories: z.array(category).min(1),
  explicit: z.boolean(),
  type: z.enum(["episodic", "serial"]),
  copyright: line("a copyright line").min(1),
  guid: z.uuid().describe("the pinned podcast:guid, a UUID (see README: npm run feed-guid)"),
  locked: z.boolean().default(true),
  medium: z.enum(MEDIUMS).default("podcast"),
  /** Set only when the feed moves: apps follow it to the new URL. */
  newFeedUrl: httpsUrl().optional(),
  /**
   * Paths of this site where the feed used to be (`/feed/`, `/podcast.xml`): each answers with a
   * 301 to the feed (`dist/_redirects`), so that apps subscribed there follow it.
   */
  oldFeedPaths: z.array(sitePath("a path of this site such as /feed/ or /podcast.xml")).default([]),
  audioStorage: audioStorage.optional(),
  funding: z.object({ url: link, text: line("a funding link's text").min(1).max(128) }).optional(),
  hosts: z.array(person).default([]),
  subscribe: z.array(z.object({ name: line("an app's name").min(1), url: link })).default([]),
  seasons: z
    .record(z.string().regex(/^\d+$/).describe("a season number as key"), line("a season's name").min(1))
    .default({}),
  /**
   * Hosts whose iframes show notes may embed, such as `www.youtube-nocookie.com`: kept lazy and
   * sandboxed. Every other iframe is an error of the content check.
   */
  allowEmbeds: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
        .describe("a host name such as www.youtube-nocookie.com, without https://"),
    )
    .default([]),
  episodesPerPage: z.number().int().min(1).max(1000).default(20),
  latestOnHome: z.number().int().min(1).max(1000).default(10),
  /**
   * The show's time zone, an IANA name: a date written without an offset is that day (or time)
   * there, and pages show every date as it is there. The build machine's zone never counts.
   */
  timeZone: z.string().refine(isTimeZone).describe("an IANA time zone such as UTC or Europe/Berlin").default("UTC"),
  license: license.optional(),
  location: locations.optional(),
  updateFrequency: z
    .object({
      text: line("how often episodes come, such as Every other Monday, in at most 128 characters").min(1).max(128),
      rrule: line("an RFC 5545 rule such as FREQ=WEEKLY;INTERVAL=2;BYDAY=MO").regex(RRULE).optional(),
      complete: z.boolean().optional(),
      dtstart: line("a date such as 2024-01-01 or a date and time")
        .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/)
        .optional(),
    })
    .refine((f) => !f.rrule?.includes("COUNT=") || f.dtstart !== undefined, {
      path: ["dtstart"],
      message: "is required with COUNT in rrule: expected the date the rule starts, found nothing",
    })
    .optional(),
  /** The show has ended: apps stop looking for new episodes. */
  complete: z.boolean().default(false),
  block: z
    .object({
      all: z.boolean().default(false),
      platforms: z
        .array(z.enum(SERVICES))
        .describe("a list of the Podcast Index's service slugs, such as spotify")
        .default([]),
      /** Platforms that may list the show all the same when `all` blocks the rest. */
      allow: z
        .array(z.enum(SERVICES))
        .describe("a list of the Podcast Index's service slugs, such as spotify")
        .default([]),
    })
    .optional(),
  podroll: z
    .array(
      z.object({
        ...remoteFeed,
        title: line("the show's title").min(1).max(255).optional(),
        /** The show's site, which the About page links its title to. */
        url: link.optional(),
      }),
    )
    .describe("a list of shows")
    .min(1)
    .optional(),
  publisher: z.object(remoteFeed).optional(),
  /**
   * Trailers hosted elsewhere, written as `podcast:trailer` beside those of the trailer episodes:
   * what a host's feed had on its channel alone. The pages do not play them.
   */
  trailers: z
    .array(
      z.object({
        title: line("a trailer's title of at most 128 characters").min(1).max(128),
        url: httpsUrl("the trailer's https URL"),
        pubdate: z
          .unknown()
          .transform((value, ctx) => {
            const date = new Date(dateText(value) ?? NaN);
            if (!Number.isNaN(date.getTime())) return date;
            ctx.addIssue({
              code: "custom",
              input: value,
              message: `expected a date such as 2021-04-01T13:00:00Z, found ${JSON.stringify(value)}`,
            });
            return z.NEVER;
          })
          .describe("a date such as 2021-04-01T13:00:00Z"),
        length: wholeNumber(1, LIMITS.bytes, "a size in bytes").optional(),
        type: line("a MIME type like audio/mpeg").regex(MEDIA_TYPE).optional(),
        season: wholeNumber(1, LIMITS.season, "a season number of 1 or more").optional(),
      }),
    )
    .describe("a list of trailers")
    .min(1)
    .optional(),
  txt: z
    .array(
      z.object({
        value: prose("a token of at most 4000 characters").min(1).max(4000),
        purpose: line("a purpose of at most 128 characters, such as verify").min(1).max(128).optional(),
      }),
    )
    .describe("a list of tokens")
    .optional(),
  value: value.optional(),
  analytics: z.object({ prefixes: z.array(prefix).describe("a list of prefixes").min(1).max(8) }).optional(),
});

/** The settings as written; `strings` is typed by the table's keys, so that an editor completes them. */
export type ShowInput = Omit<z.input<typeof showSchema>, "strings"> & { strings?: Overrides };
/** The settings as checked, with the interface's locale made from `language` and `strings`. */
export type Show = z.output<typeof showSchema> & { locale: Locale };

export const SHOW_CONFIG = "src/show.config.ts";

/** Validates the show config; a bad one stops the build with every bad setting named, no stack trace. */
export function defineShow(input: ShowInput): Show {
  const result = showSchema.safeParse(input, { error: errorMap });
  const problems = result.success
    ? accentProblems(result.data.accent)
    : result.error.issues.map((issue): Problem => ({
        file: SHOW_CONFIG,
        field: issue.path.map(String).join(".") || "config",
        message: issue.message,
      }));
  // Zod drops a key it does not know in silence: a misspelled setting would build as if unset.
  for (const { path, key, closest } of unknownKeys(showSchema, input)) {
    problems.push({
      file: SHOW_CONFIG,
      field: [...path, key].map(String).join("."),
      message: `expected a setting the site knows, found "${key}"${closest ? `: did you mean ${closest}?` : ", which it would ignore: remove it"}`,
    });
  }
  if (result.success && !problems.length) {
    return { ...result.data, locale: makeLocale(result.data.language, result.data.strings) };
  }
  throw problemError(problems, `Correct these settings in ${SHOW_CONFIG}.`, { where: SHOW_CONFIG });
}
