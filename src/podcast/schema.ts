import { z } from "astro/zod";
import { audioType, AUDIO_EXTENSIONS } from "./audio-type.ts";
import { DATE_FORM, readDate } from "./dates.ts";
import { parseDuration } from "./duration.ts";
import { describe, expectedFound, withMessages } from "./messages.ts";
import { leavesFolder, sitePathProblem } from "./site-path.ts";
import { SOCIAL_PROTOCOLS } from "./taxonomies/namespace-lists.ts";
import { amountText, GEO, IPFS, OSM } from "./namespace-syntax.ts";
import { familyOfName, MEDIA_TYPE, typeContradictsName } from "./media-type.ts";
import { readsTablesOf, type UnknownKey, unknownKeys } from "./unknown-keys.ts";
import personRoles from "./taxonomies/person-roles.json" with { type: "json" };

// Messages come from the one error map (messages.ts); a field's `describe` says what it expects.

/**
 * C0 controls but tab, line feed and carriage return; DEL; and the C1 controls (U+0080 to U+009F:
 * U+0085 is a line break to some readers, U+009B a terminal's escape). Refused in every text field.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** Bidirectional embeddings, overrides and isolates: they make a title read other than it is. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** `U+202E`: how messages name an invisible character. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
/** The text with every invisible character shown by its code point, so that a message shows it. */
export const visible = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `[${codePoint(c)}]`);

/**
 * The root of every text field of the site's schemas (episodes, guest profiles, the About page, the
 * show config): trimmed, and refused when it holds a character of `refused` (at least every
 * control and bidirectional override character), naming it by its code point.
 */
const textField = (what: string, refused: RegExp, wording: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const bad = refused.exec(value) ?? BIDI.exec(value) ?? CONTROL.exec(value);
      if (!bad) return;
      ctx.addIssue({
        code: "custom",
        input: value,
        message: `expected ${what} ${wording}, found ${codePoint(bad[0])} in "${visible(value)}"`,
      });
    })
    .describe(what);

/** Text on one line, such as a title or a name: no control, line-breaking or bidi override character. */
export const line = (what: string) =>
  textField(what, LINE_BREAKING, "on one line, without control or bidirectional override characters");

/** Text that may run over several lines, such as a summary: no control or bidi override character. */
export const prose = (what: string) => textField(what, CONTROL, "without control or bidirectional override characters");

/** Bounds that no real show reaches, so that a typo or a hostile value is caught. */
export const LIMITS = {
  season: 9999,
  episode: 99999,
  /** 50 GB. */
  bytes: 50_000_000_000,
  /** 100 hours. */
  seconds: 360_000,
} as const;

/** A whole number written in digits: `6`, or `"06"` as Zola writes numbers; nothing else. */
export const wholeNumber = (min: number, max: number, what: string) =>
  z
    .unknown()
    .transform((value, ctx) => {
      const number =
        typeof value === "number"
          ? value
          : typeof value === "string" && /^\s*\d+\s*$/.test(value)
            ? Number(value)
            : undefined;
      if (number !== undefined && Number.isSafeInteger(number) && number >= min && number <= max) return number;
      const tooBig = number !== undefined && Number.isInteger(number) && number > max;
      ctx.addIssue({
        code: "custom",
        input: value,
        message: tooBig
          ? `expected ${what.replace(/ of \d+ or more$/, "")} of at most ${max}, found ${describe(value)}`
          : expectedFound(what, value),
      });
      return z.NEVER;
    })
    .describe(what);

const seconds = z
  .unknown()
  .transform((value, ctx) => {
    const parsed = typeof value === "number" || typeof value === "string" ? parseDuration(value) : undefined;
    if (parsed !== undefined && parsed <= LIMITS.seconds) return parsed;
    ctx.addIssue({
      code: "custom",
      input: value,
      message:
        parsed !== undefined
          ? `expected at most ${LIMITS.seconds} seconds (100 hours), found ${describe(value)}`
          : expectedFound("seconds or H:MM:SS", value),
    });
    return z.NEVER;
  })
  .describe("seconds or H:MM:SS");

/** The text of a date as written; a TOML date prints itself in the form it was written in. */
export function dateText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (value instanceof Date && typeof (value as { isDate?: unknown }).isDate === "function") return value.toISOString();
  // A plain Date is what a YAML reader other than the site's makes of a date: midnight UTC for a day.
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return undefined;
}

/**
 * A real calendar date in ISO 8601 or TOML form, kept as written: the show's time zone, which the
 * schema does not know, turns it into an instant (`dateIn`).
 */
const date = z
  .unknown()
  .transform((value, ctx) => {
    const text = dateText(value);
    const read = text === undefined ? undefined : readDate(text);
    if (text !== undefined && read && "date" in read) return text;
    const message =
      read && "problem" in read && text && /^\d{4}-\d{2}-\d{2}/.test(text)
        ? read.problem
        : expectedFound(DATE_FORM, value);
    ctx.addIssue({ code: "custom", input: value, message });
    return z.NEVER;
  })
  .describe(DATE_FORM);

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * Characters no URL holds as written: a space ends it in a feed, a quote or `<` `>` ends the HTML
 * attribute that carries it, and browsers read `\` as `/`. Such a URL is refused, not escaped.
 */
const NOT_IN_URL = /[\s"<>`\\]/;

/** What is wrong with a web URL: a scheme not in `schemes`, no host, or a character no URL holds. */
function webUrlProblem(value: string, schemes: readonly string[], what: string): string | undefined {
  const scheme = SCHEME.exec(value)?.[1].toLowerCase();
  if (!scheme || !schemes.includes(scheme) || !/^[a-z]+:\/\/[^/?#]+/i.test(value) || !URL.canParse(value)) {
    return `expected ${what}, found "${value}"`;
  }
  const bad = NOT_IN_URL.exec(value);
  if (bad) {
    const shown = /\s/.test(bad[0]) ? "a space" : bad[0] === "\\" ? "a backslash" : bad[0];
    return `expected ${what} without spaces, quotes, < > or backslashes, found ${shown} in "${visible(value)}"`;
  }
  return undefined;
}

/** An `https://` URL (or `http://` where allowed): no `javascript:`, `data:` or other scheme. */
export const webUrl = (what: string, schemes: readonly string[] = ["https", "http"]) =>
  line(what)
    .superRefine((value, ctx) => {
      const message = webUrlProblem(value, schemes, what);
      if (message) ctx.addIssue({ code: "custom", input: value, message });
    })
    .describe(what);

/**
 * A path of the site (`/cover.png`, a file of `public/`; `/2024/02/sentry/`, an old URL): one `/`
 * and never another site's address (site-path.ts).
 */
export const sitePath = (what: string) =>
  line(what)
    .superRefine((value, ctx) => {
      const message = sitePathProblem(value);
      if (message) ctx.addIssue({ code: "custom", input: value, message });
    })
    .describe(what);

/**
 * A file an editor names: a remote `https://` URL, a path of the site in `public/`
 * (`/audio/x.mp3`), or, where `relative`, a file beside the episode (`./x.mp3`) that stays inside
 * the episode's folder. Every field that names a file (audio, art, transcripts, guest images, the
 * show's cover and logo) reads it here.
 */
export const fileRef = (what: string, { relative = true, remote = true } = {}) =>
  line(what)
    .superRefine((value, ctx) => {
      const scheme = SCHEME.exec(value)?.[1].toLowerCase();
      const fail = (message?: string) => ctx.addIssue({ code: "custom", input: value, message });
      if (scheme === "http" && remote) return fail(`expected an https URL, found "${value}"`);
      if (scheme) {
        if (!remote || scheme !== "https") return fail();
        const message = webUrlProblem(value, ["https"], what);
        if (message) fail(message);
        return;
      }
      if (value.startsWith("/")) {
        const message = sitePathProblem(value);
        if (message) fail(message);
        return;
      }
      if (!relative || value.startsWith("\\")) return fail();
      if (value.includes("\\"))
        return fail(`expected a path with / between its parts and no backslash, found "${value}"`);
      if (leavesFolder(value)) return fail(`expected a path that stays inside the episode's folder, found "${value}"`);
      if (!/^(\.\/)?[\w-][^\s]*$/.test(value) || value.includes("//")) fail();
    })
    .describe(what);

export const isRemote = (url: string) => /^https?:\/\//i.test(url);

const audio = z
  .object({
    url: fileRef("an https URL or a file path"),
    length: wholeNumber(1, LIMITS.bytes, "a size in bytes").optional(),
    type: line("a MIME type like audio/mpeg")
      .regex(/^audio\/[\w.+-]+$/)
      .optional(),
    duration: seconds.optional(),
  })
  .describe("a table with url")
  .superRefine((value, ctx) => {
    // A URL of another scheme is reported on its own: nothing else about it is worth saying.
    if (SCHEME.test(value.url) && !isRemote(value.url)) return;
    const named = audioType(value.url);
    if (value.type && named && value.type !== named) {
      ctx.addIssue({
        code: "custom",
        path: ["type"],
        input: value.type,
        message: `expected ${named} for a file named ${value.url}, found "${value.type}": remove type, or correct the file name`,
      });
    }
    if (!isRemote(value.url)) {
      if (!named) {
        ctx.addIssue({
          code: "custom",
          path: ["url"],
          input: value.url,
          message: `expected an audio file ending in ${AUDIO_EXTENSIONS.map((e) => `.${e}`).join(", ")}, found "${value.url}"`,
        });
      }
      return;
    }
    if (!named && !value.type) {
      ctx.addIssue({
        code: "custom",
        path: ["type"],
        input: undefined,
        message: "is required for a URL without a file extension: expected a MIME type like audio/mpeg, found nothing",
      });
    }
    for (const field of ["length", "duration"] as const) {
      if (value[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          input: undefined,
          message: `is required for remote audio: expected ${field === "length" ? "the file size in bytes" : "seconds or H:MM:SS"}, found nothing`,
        });
      }
    }
  });

const guest = z
  .object({
    id: line("the slug of a file in src/content/guests/")
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
    name: line("a name").min(1),
    role: line("a role").optional(),
    url: webUrl("an https:// or http:// URL").optional(),
    image: fileRef("an image path or URL").optional(),
  })
  .describe("a table with name");

const chapter = z
  .object({
    start: seconds,
    title: line("a chapter title").min(1),
    url: webUrl("an https:// or http:// URL").optional(),
  })
  .describe("a table with start and title");

/** The issues of a schema run inside a transform, each at its own place under the field's. */
function passOn(issues: readonly z.core.$ZodIssue[], input: unknown, ctx: z.RefinementCtx): typeof z.NEVER {
  for (const { path, message } of issues) ctx.addIssue({ code: "custom", path: path as PropertyKey[], input, message });
  return z.NEVER;
}

/**
 * A list, or one table where editors usually write one (`location`): read as a list either way,
 * with each item's problems at its own place (`location.geo` for one table, `location.2.geo` in a
 * list).
 */
const oneOrList = <T extends z.ZodType>(item: T, what: string, max: number) => {
  const schema = z
    .unknown()
    .transform((value, ctx): z.output<T>[] => {
      const list = Array.isArray(value);
      const result = (list ? z.array(item).min(1).max(max) : item).safeParse(value, withMessages);
      if (result.success) return (list ? result.data : [result.data]) as z.output<T>[];
      return passOn(result.error.issues, value, ctx);
    })
    .describe(what);
  return readsTablesOf(schema, item);
};

/** Seconds with up to three decimals (`33.833`), or a clock time: `podcast:soundbite` times. */
const preciseSeconds = (what: string) =>
  z
    .unknown()
    .transform((value, ctx) => {
      const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
      const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d{1,3})?)$/.exec(text);
      const parsed = /^\d+(\.\d{1,3})?$/.test(text)
        ? Number(text)
        : clock && Number(clock[3]) < 60 && (clock[1] === undefined || Number(clock[2]) < 60)
          ? Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3])
          : undefined;
      if (parsed !== undefined && parsed <= LIMITS.seconds) return parsed;
      ctx.addIssue({ code: "custom", input: value, message: expectedFound(what, value) });
      return z.NEVER;
    })
    .describe(what);

const soundbite = z
  .object({
    start: preciseSeconds("seconds or H:MM:SS"),
    duration: preciseSeconds("a length in seconds above 0").refine((d) => d > 0),
    title: line("a soundbite title of at most 128 characters").max(128).optional(),
  })
  .describe("a table with start and duration");

/** An https URL, the one scheme an app fetches from a file an editor names. */
const httpsLink = (what = "an https:// URL") => webUrl(what, ["https"]);

/**
 * Another place apps may fetch an alternate file from, after its `url`: an https URL, or an IPFS
 * content id (`ipfs://Qm…`). IPFS is written into the feed only: no page links or plays it.
 */
const alternateSource = line("an https:// URL or an ipfs:// URI").superRefine((value, ctx) => {
  if (IPFS.test(value)) return;
  const message = webUrlProblem(value, ["https"], "an https:// URL or an ipfs:// URI");
  if (message) ctx.addIssue({ code: "custom", input: value, message });
});

const alternateEnclosure = z
  .object({
    url: fileRef("an https URL or a file path"),
    type: line("a MIME type like video/mp4 or audio/mpeg").regex(MEDIA_TYPE),
    length: wholeNumber(1, LIMITS.bytes, "a size in bytes").optional(),
    bitrate: z.number().positive().describe("bits per second, such as 128000").optional(),
    height: wholeNumber(1, 100_000, "a height in pixels").optional(),
    title: line("a title of at most 32 characters").min(1).max(32).optional(),
    default: z.boolean().optional(),
    sources: z.array(alternateSource).describe("a list of https:// or ipfs:// URIs").optional(),
  })
  .describe("a table with url and type")
  .superRefine((value, ctx) => {
    if (!isRemote(value.url) && !SCHEME.test(value.url) && !familyOfName(value.url)) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        input: value.url,
        message: `expected an audio or video file such as .mp4, .webm, .mp3 or .opus, found "${value.url}"`,
      });
      return;
    }
    if (!typeContradictsName(value.type, value.url)) return;
    ctx.addIssue({
      code: "custom",
      path: ["type"],
      input: value.type,
      message: `expected a type a file named ${value.url} can be, found "${value.type}": correct type, or the file name`,
    });
  });

export const location = z
  .object({
    name: line("a place's name of at most 128 characters").min(1).max(128),
    geo: line("a geo: URI such as geo:30.2672,-97.7431").regex(GEO).optional(),
    osm: line("an OpenStreetMap id such as R113314").regex(OSM).optional(),
    rel: z.enum(["subject", "creator"]).optional(),
    country: line("a two-letter country code such as US")
      .regex(/^[a-z]{2}$/i)
      .transform((c) => c.toUpperCase())
      .optional(),
  })
  .describe("a table with name");

/** One place, or two: where an episode is about (`rel: subject`) and where it was made (`creator`). */
export const locations = oneOrList(location, "a table with name, or a list of them", 2);

/** An SPDX id (`CC-BY-4.0`), or a licence of its own with the URL of its text. */
const ownLicense = z.object({
  name: line("a licence's name of at most 128 characters").min(1).max(128),
  url: httpsLink(),
});

export const license = readsTablesOf(
  z
    .unknown()
    .transform((value, ctx): { name: string; url?: string } => {
      if (typeof value === "string") {
        const id = value.trim();
        if (/^[A-Za-z0-9][A-Za-z0-9.+-]{0,127}$/.test(id)) return { name: id };
      } else {
        const own = ownLicense.safeParse(value, withMessages);
        if (own.success) return own.data;
        if (value && typeof value === "object" && !Array.isArray(value)) return passOn(own.error.issues, value, ctx);
      }
      ctx.addIssue({
        code: "custom",
        input: value,
        message: expectedFound("an SPDX licence id such as CC-BY-4.0, or a table with name and url", value),
      });
      return z.NEVER;
    })
    .describe("an SPDX licence id such as CC-BY-4.0, or a table with name and url"),
  ownLicense,
);

const socialInteract = z
  .object({
    url: httpsLink("the https URL of the post that starts the conversation").optional(),
    protocol: z.enum(SOCIAL_PROTOCOLS),
    priority: wholeNumber(0, 999, "a priority of 0 or more").optional(),
    accountId: line("an account id such as @host@example.social").min(1).max(128).optional(),
    accountUrl: httpsLink().optional(),
  })
  .describe("a table with url and protocol")
  .superRefine((value, ctx) => {
    const disabled = value.protocol === "disabled";
    if (!disabled && value.url === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        input: undefined,
        message: "is required: expected the https URL of the post that starts the conversation, found nothing",
      });
    }
    if (disabled && value.url !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        input: value.url,
        message: `expected no url with protocol disabled, which says comments are off, found "${value.url}"`,
      });
    }
  });

const valueRecipient = z
  .object({
    name: line("a recipient's name").min(1).max(128),
    type: z.enum(["node", "lnaddress"]).default("node"),
    address: line("a node's public key or a Lightning address").min(1).max(256),
    split: wholeNumber(0, 1_000_000, "a whole-number split such as 90"),
    customKey: line("a custom record key").min(1).optional(),
    customValue: line("a custom record value").min(1).optional(),
    fee: z.boolean().optional(),
  })
  .describe("a table with name, address and split");

/** Lightning value for value: how much of each payment goes to whom. */
export const value = z
  .object({
    type: z.enum(["lightning"]).default("lightning"),
    method: z.enum(["keysend", "lnaddress"]).default("keysend"),
    suggested: z
      .union([z.number().positive(), line("an amount such as 0.00000005000").regex(/^\d+(\.\d+)?$/)])
      .transform((amount) => (typeof amount === "string" ? amount : amountText(amount)))
      .describe("an amount such as 0.00000005000")
      .optional(),
    recipients: z.array(valueRecipient).min(1).describe("a list of recipients"),
  })
  .describe("a table with recipients")
  .superRefine((v, ctx) => {
    if (v.recipients.some((r) => r.split > 0)) return;
    ctx.addIssue({
      code: "custom",
      path: ["recipients"],
      message: "expected a recipient with a split above 0, found none: every payment would go nowhere",
    });
  });

export type Location = z.output<typeof location>;
export type License = z.output<typeof license>;
export type Value = z.output<typeof value>;

const roles = personRoles as Record<string, string>;

/**
 * A `podcast:person` of the namespace's taxonomy: a host (the default), a guest, or anyone else
 * credited (`cover art designer`, `editor` …), whose group the taxonomy gives.
 */
export const person = z
  .object({
    name: line("a name").min(1),
    role: line("a podcast:person role such as host or guest").default("host"),
    url: webUrl("an https:// or http:// URL").optional(),
    image: webUrl("an https:// or http:// URL").optional(),
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
  .transform((p) => ({ ...p, role: p.role.toLowerCase(), group: roles[p.role.toLowerCase()] }))
  .describe("a table with name");

/** The types a `podcast:transcript` may have, by the file name's extension. */
export const TRANSCRIPT_TYPES_BY_EXTENSION: Record<string, string> = {
  txt: "text/plain",
  html: "text/html",
  vtt: "text/vtt",
  srt: "application/x-subrip",
  json: "application/json",
};
const TRANSCRIPT_TYPE_LIST = [...new Set(Object.values(TRANSCRIPT_TYPES_BY_EXTENSION))];

/**
 * A transcript published elsewhere, linked in the feed as it is (`podcast:transcript`): plain text,
 * HTML, captions in another language. The site reads none of it: its own is `transcript`.
 */
const otherTranscript = z
  .object({
    url: httpsLink("an https:// URL"),
    type: z.enum(TRANSCRIPT_TYPE_LIST as [string, ...string[]]).optional(),
    language: line("a language code such as en or pt-BR")
      .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i)
      .optional(),
    rel: z.enum(["captions"]).optional(),
  })
  .describe("a table with url")
  .transform((t, ctx) => {
    const named = TRANSCRIPT_TYPES_BY_EXTENSION[/\.([a-z]+)$/i.exec(new URL(t.url).pathname)?.[1].toLowerCase() ?? ""];
    const type = t.type ?? named;
    if (!type) {
      ctx.addIssue({
        code: "custom",
        path: ["type"],
        input: undefined,
        message: `is required for a URL without a .txt, .html, .vtt, .srt or .json name: expected ${TRANSCRIPT_TYPE_LIST.join(", ")}, found nothing`,
      });
      return z.NEVER;
    }
    if (t.rel && !/^(text\/vtt|application\/x-subrip)$/.test(type)) {
      ctx.addIssue({
        code: "custom",
        path: ["rel"],
        input: t.rel,
        message: `expected rel only on text/vtt or application/x-subrip captions, found rel "captions" on ${type}`,
      });
      return z.NEVER;
    }
    return { ...t, type };
  });

const fields = z
  .object({
    title: line("the episode title").min(1),
    date,
    draft: z.boolean().default(false),
    season: wholeNumber(1, LIMITS.season, "a season number of 1 or more"),
    episode: wholeNumber(0, LIMITS.episode, "an episode number of 0 or more"),
    episodeType: z.enum(["full", "trailer", "bonus"]).optional(),
    guest: line("the guest's name").optional(),
    role: line("the guest's role").optional(),
    guests: z.array(guest).describe("a list of guests").optional(),
    description: prose("a short summary").optional(),
    audio: audio.optional(),
    guid: line("a permanent id").min(1).optional(),
    explicit: z.boolean().optional(),
    image: fileRef("an image path or URL").optional(),
    transcript: fileRef("a .vtt or .srt file")
      .refine((v) => /\.(vtt|srt)$/i.test(v))
      .optional(),
    transcripts: z.array(otherTranscript).describe("a list of transcripts").optional(),
    persons: z.array(person).describe("a list of persons").optional(),
    chapters: z.array(chapter).describe("a list of chapters").optional(),
    tags: z.array(line("a tag")).describe("a list of tags").default([]),
    aliases: z.array(sitePath("a site path starting with /")).describe("a list of site paths").default([]),
    slug: line("a slug of lowercase letters, digits and dashes")
      .regex(/^(?!\d+$)[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
    // Zola's and Hugo's, read and not used: text all the same, as every field is.
    soundbites: z.array(soundbite).describe("a list of soundbites").optional(),
    alternateEnclosures: z.array(alternateEnclosure).describe("a list of alternate files").optional(),
    location: locations.optional(),
    license: license.optional(),
    socialInteract: z.array(socialInteract).describe("a list of conversations").optional(),
    value: value.optional(),
    template: line("a template name").optional(),
    series: line("a series name").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role !== undefined && value.guest === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["role"],
        input: value.role,
        message: `expected guest beside role, found role "${value.role}" alone: add guest, or write name and role under guests`,
      });
    }
  });

export type EpisodeData = z.output<typeof fields>;

/**
 * Zola keeps custom fields in `[extra]`; every field may stand there or at the top level.
 * A field set differently in both places is ambiguous, so it is reported rather than guessed.
 */
export function liftExtra(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const { extra, ...top } = raw as Record<string, unknown>;
  if (!extra || typeof extra !== "object" || Array.isArray(extra)) return raw;
  const merged: Record<string, unknown> = { ...top };
  for (const [key, value] of Object.entries(extra)) {
    if (key in top && JSON.stringify(top[key]) !== JSON.stringify(value)) {
      merged.__conflicts = [...((merged.__conflicts as string[]) ?? []), key];
      continue;
    }
    merged[key] = value;
  }
  return merged;
}

/**
 * Hugo's Castanet theme writes the audio as `podcast_file`, `podcast_bytes` and `podcast_duration`:
 * read them as `audio` when the file has no `audio` of its own.
 */
export function liftCastanet(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const {
    podcast_file: url,
    podcast_bytes: length,
    podcast_duration: duration,
    ...rest
  } = raw as Record<string, unknown>;
  if (url === undefined || "audio" in rest) return raw;
  const audio: Record<string, unknown> = { url };
  if (length !== undefined) audio.length = length;
  if (duration !== undefined) audio.duration = duration;
  return { ...rest, audio };
}

export const episodeSchema = z.preprocess(
  (raw) => liftCastanet(liftExtra(raw)),
  z
    .object({ __conflicts: z.array(z.string()).optional() })
    .loose()
    .superRefine((value, ctx) => {
      for (const key of value.__conflicts ?? []) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "is set both at the top level and under [extra] with different values: keep one",
        });
      }
    })
    .pipe(fields),
);

/** A front-matter field's value checked alone, as the schema checks it: the import writes only what passes. */
export function checkEpisodeField(key: string, value: unknown): { ok: true } | { ok: false; message: string } {
  const field = (fields.shape as Record<string, z.ZodType>)[key];
  if (!field) return { ok: false, message: `no field ${key}` };
  const result = field.safeParse(value, withMessages);
  return result.success ? { ok: true } : { ok: false, message: result.error.issues[0]?.message ?? "invalid" };
}

/**
 * Front-matter fields the site does not read, as written at the top level: a misspelled field
 * (`soundbite`) would build as if unset. Fields under Zola's `[extra]` are the site's owner's own
 * and are left alone, but for the fields of the site they hold.
 */
export function unknownFields(raw: unknown): UnknownKey[] {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return [];
  const { extra, ...top } = raw as Record<string, unknown>;
  const known =
    extra && typeof extra === "object" && !Array.isArray(extra)
      ? Object.keys(extra).filter((k) => k in fields.shape)
      : [];
  const own = Object.fromEntries(known.map((k) => [k, (extra as Record<string, unknown>)[k]]));
  const castanet = ["podcast_file", "podcast_bytes", "podcast_duration"];
  const written = Object.fromEntries(Object.entries(top).filter(([k]) => !castanet.includes(k)));
  return [...unknownKeys(fields, written), ...unknownKeys(fields, own, ["extra"])];
}

/** Validates front matter with the site's messages (`expected …, found …`). */
export const parseEpisodeData = (data: unknown) => episodeSchema.safeParse(data, withMessages);
