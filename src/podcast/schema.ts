import { z } from "astro/zod";
import { parseDuration } from "../podcast/duration.ts";

/** Describes a front-matter value the way an editor wrote it, for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return `"${value}"`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a table";
  return String(value);
}

/** Zod error option: "expected …, found …" with what the file actually holds. */
const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined
      ? `is required: expected ${what}, found nothing`
      : `expected ${what}, found ${describe(issue.input)}`;

const text = (what = "text") => z.string({ error: expected(what) }).trim();

/** Accepts `6`, `"06"` and `"6"`; Zola writes numbers as quoted text. */
const wholeNumber = (min: number, what: string) =>
  z
    .union([z.number().int(), z.string().regex(/^\s*\d+\s*$/, { error: expected(what) })], { error: expected(what) })
    .transform(Number)
    .pipe(z.number().min(min, { error: expected(what) }));

const seconds = z.union([z.number(), z.string()], { error: expected("seconds or H:MM:SS") }).transform((value, ctx) => {
  const parsed = parseDuration(value);
  if (parsed === undefined) {
    ctx.addIssue({ code: "custom", input: value, message: expected("seconds or H:MM:SS")({ input: value }) });
    return z.NEVER;
  }
  return parsed;
});

/** A date, or text or a number a date can be read from; the message shows what was written. */
const date = z.unknown().transform((value, ctx) => {
  // TOML dates are a Date subclass that prints itself differently: keep only the instant.
  const parsed =
    value instanceof Date ? new Date(value.getTime()) : typeof value === "string" ? new Date(value) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
  ctx.addIssue({ code: "custom", input: value, message: expected("a date like 2024-02-22")({ input: value }) });
  return z.NEVER;
});

const sitePath = text("a site path starting with /").regex(/^\/[^\s?#]*$/, {
  error: expected("a site path starting with /, without spaces"),
});

/** A remote https URL, a path in `public/` (`/audio/x.mp3`) or a file beside the episode (`./x.mp3`). */
const fileRef = (what: string) =>
  text(what).refine((v) => /^https:\/\/\S+$/.test(v) || /^(\/|\.\/|[\w-])[^\s]*$/.test(v), {
    error: expected(what),
  });

export const isRemote = (url: string) => /^https?:\/\//.test(url);

const audio = z
  .object(
    {
      url: fileRef("an https URL or a file path"),
      length: wholeNumber(1, "a size in bytes").optional(),
      type: text("a MIME type like audio/mpeg")
        .regex(/^audio\/[\w.+-]+$/, { error: expected("a MIME type like audio/mpeg") })
        .optional(),
      duration: seconds.optional(),
    },
    { error: expected("a table with url") },
  )
  .superRefine((value, ctx) => {
    if (value.url.startsWith("http://")) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        input: value.url,
        message: expected("an https URL")({ input: value.url }),
      });
    }
    if (!isRemote(value.url)) return;
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

const guest = z.object(
  {
    id: text("the slug of a file in src/content/guests/")
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: expected("the slug of a file in src/content/guests/") })
      .optional(),
    name: text("a name").min(1, { error: expected("a name") }),
    role: text().optional(),
    url: z.url({ error: expected("a URL") }).optional(),
    image: fileRef("an image path or URL").optional(),
  },
  { error: expected("a table with name") },
);

const chapter = z.object(
  {
    start: seconds,
    title: text("a chapter title").min(1, { error: expected("a chapter title") }),
    url: z.url({ error: expected("a URL") }).optional(),
  },
  { error: expected("a table with start and title") },
);

const fields = z.object({
  title: text("the episode title").min(1, { error: expected("the episode title") }),
  date,
  draft: z.boolean({ error: expected("true or false") }).default(false),
  season: wholeNumber(1, "a season number of 1 or more"),
  episode: wholeNumber(0, "an episode number of 0 or more"),
  episodeType: z.enum(["full", "trailer", "bonus"], { error: expected("full, trailer or bonus") }).optional(),
  guest: text("the guest's name").optional(),
  role: text("the guest's role").optional(),
  guests: z.array(guest, { error: expected("a list of guests") }).optional(),
  description: text("a short summary").optional(),
  audio: audio.optional(),
  guid: text("a permanent id")
    .min(1, { error: expected("a permanent id") })
    .optional(),
  explicit: z.boolean({ error: expected("true or false") }).optional(),
  image: fileRef("an image path or URL").optional(),
  transcript: fileRef("a .vtt or .srt file")
    .refine((v) => /\.(vtt|srt)$/i.test(v), { error: expected("a .vtt or .srt file") })
    .optional(),
  chapters: z.array(chapter, { error: expected("a list of chapters") }).optional(),
  tags: z.array(text("a tag"), { error: expected("a list of tags") }).default([]),
  aliases: z.array(sitePath, { error: expected("a list of site paths") }).default([]),
  slug: text("a slug")
    .regex(/^(?!\d+$)[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: expected("a slug of lowercase letters, digits and dashes") })
    .optional(),
  template: z.string().optional(),
  series: z.string().optional(),
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
