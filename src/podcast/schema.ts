import { z } from "astro/zod";
import { audioType, AUDIO_EXTENSIONS } from "./audio-type.ts";
import { DATE_FORM, readDate } from "./dates.ts";
import { parseDuration } from "./duration.ts";
import { describe, expectedFound, withMessages } from "./messages.ts";
import { leavesFolder, sitePathProblem } from "./site-path.ts";

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
const wholeNumber = (min: number, max: number, what: string) =>
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
function dateText(value: unknown): string | undefined {
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
    chapters: z.array(chapter).describe("a list of chapters").optional(),
    tags: z.array(line("a tag")).describe("a list of tags").default([]),
    aliases: z.array(sitePath("a site path starting with /")).describe("a list of site paths").default([]),
    slug: line("a slug of lowercase letters, digits and dashes")
      .regex(/^(?!\d+$)[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
    // Zola's and Hugo's, read and not used: text all the same, as every field is.
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

/** Validates front matter with the site's messages (`expected …, found …`). */
export const parseEpisodeData = (data: unknown) => episodeSchema.safeParse(data, withMessages);
