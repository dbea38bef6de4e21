import { z } from "astro/zod";
import { problemError, type Problem } from "../problems.ts";
import { isTimeZone } from "./dates.ts";
import { errorMap, oneOf } from "./messages.ts";
import { isHex } from "./colour.ts";
import { accentProblems } from "./palette.ts";
import appleCategories from "./taxonomies/apple-categories.json";
import { MEDIUMS } from "./taxonomies/mediums.ts";
import personRoles from "./taxonomies/person-roles.json";

const categories = appleCategories as Record<string, string[]>;
const roles = personRoles as Record<string, string>;

/** A web address: `z.url()` alone would take `javascript:` and `data:` URLs. */
const webUrl = z.url({ protocol: /^https?$/ }).describe("an https:// or http:// URL");
const httpsUrl = z.url({ protocol: /^https$/ }).describe("an absolute https:// URL");

/** A path of this site as a browser asks for it: no query, no `.` or `..` parts, no `//`. */
const sitePath = z
  .string()
  .regex(/^\/[A-Za-z0-9._~!$&'()+,;=@%/-]*$/)
  .refine((path) => !/(^|\/)\.{1,2}(\/|$)|\/\//.test(path))
  .describe("a path of this site such as /feed/ or /podcast.xml, without its https:// and host");

/**
 * Where `npm run audio:push` puts the episodes' audio: a bucket of any S3-compatible storage (AWS
 * S3, Cloudflare R2, Backblaze B2, MinIO). The keys come from the environment only.
 */
const audioStorage = z.object({
  /** The storage's S3 endpoint, such as `https://<account>.r2.cloudflarestorage.com`. */
  endpoint: webUrl.describe("the storage's S3 endpoint, such as https://<account id>.r2.cloudflarestorage.com"),
  /** The bucket's region; `auto` for R2. */
  region: z.string().trim().min(1).default("auto"),
  bucket: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/)
    .describe("a bucket name of lowercase letters, digits, dots and dashes"),
  /** Where listeners fetch the bucket's files: its public address or the CDN before it. */
  publicUrl: httpsUrl.describe(
    "the https address the bucket's files are public at, such as https://audio.example.com/",
  ),
  /** The folder of the bucket the audio goes in. */
  prefix: z
    .string()
    .regex(/^([A-Za-z0-9][\w.-]*\/)*$/)
    .describe("a folder of the bucket ending in /, such as episodes/, or nothing")
    .default(""),
  /** Bucket-style addresses (`bucket.endpoint`) instead of path-style (`endpoint/bucket`). */
  virtualHosted: z.boolean().default(false),
});

const category = z
  .object({ name: z.string(), subcategory: z.string().optional() })
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

const person = z
  .object({
    name: z.string().trim().min(1),
    role: z.string().default("host"),
    url: webUrl.optional(),
    image: webUrl.optional(),
  })
  .superRefine(({ role }, ctx) => {
    if (!(role.toLowerCase() in roles)) {
      ctx.addIssue({
        code: "custom",
        path: ["role"],
        message: `expected a podcast:person role such as host or guest, found "${role}"`,
      });
    }
  })
  .transform((p) => ({ ...p, role: p.role.toLowerCase(), group: roles[p.role.toLowerCase()] }));

export const showSchema = z.object({
  title: z.string().trim().min(1).max(255),
  /** One line under the title in the home page's hero. */
  tagline: z.string().trim().min(1).max(160).optional(),
  description: z
    .string()
    .trim()
    .min(1)
    .refine((d) => new TextEncoder().encode(d).length <= 4000)
    .describe("a description of at most 4000 bytes"),
  author: z.string().trim().min(1),
  owner: z.object({ name: z.string().trim().min(1), email: z.email() }),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z]{2})?$/)
    .describe("an ISO 639 code such as en or en-us"),
  site: httpsUrl.describe("the site's absolute https URL"),
  cover: z
    .string()
    .regex(/^\/.+\.(png|jpe?g)$/i)
    .describe("a PNG or JPEG path in public/, such as /cover.png"),
  /** The show's colour, as shown in the light scheme; the dark scheme's is derived from it. */
  accent: z.string().refine(isHex).describe("a colour like #6d28d9").default("#6d28d9"),
  /** A logo for the site's header, in public/; without it the header shows the cover art. */
  logo: z
    .string()
    .regex(/^\/.+\.(svg|png|jpe?g|webp|avif)$/i)
    .describe("an image path in public/, such as /logo.svg")
    .optional(),
  /** One self-hosted Fontsource font from npm; without it the system's fonts are used. */
  font: z
    .object({
      family: z.string().trim().min(1),
      package: z
        .string()
        .regex(/^@fontsource(-variable)?\/[a-z0-9-]+$/)
        .describe("a Fontsource package, such as @fontsource-variable/inter"),
    })
    .optional(),
  categories: z.array(category).min(1),
  explicit: z.boolean(),
  type: z.enum(["episodic", "serial"]),
  copyright: z.string().trim().min(1),
  guid: z.uuid().describe("the pinned podcast:guid, a UUID (see README: npm run feed-guid)"),
  locked: z.boolean().default(true),
  medium: z.enum(MEDIUMS).default("podcast"),
  /** Set only when the feed moves: apps follow it to the new URL. */
  newFeedUrl: httpsUrl.optional(),
  /**
   * Paths of this site where the feed used to be (`/feed/`, `/podcast.xml`): each answers with a
   * 301 to the feed (`dist/_redirects`), so that apps subscribed there follow it.
   */
  oldFeedPaths: z.array(sitePath).default([]),
  audioStorage: audioStorage.optional(),
  funding: z.object({ url: webUrl, text: z.string().trim().min(1).max(128) }).optional(),
  hosts: z.array(person).default([]),
  subscribe: z.array(z.object({ name: z.string().min(1), url: webUrl })).default([]),
  seasons: z.record(z.string().regex(/^\d+$/).describe("a season number as key"), z.string().min(1)).default({}),
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
});

export type ShowInput = z.input<typeof showSchema>;
export type Show = z.output<typeof showSchema>;

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
  if (result.success && !problems.length) return result.data;
  throw problemError(problems, `Correct these settings in ${SHOW_CONFIG}.`, { where: SHOW_CONFIG });
}
