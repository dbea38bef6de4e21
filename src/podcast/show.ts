import { z } from "astro/zod";
import appleCategories from "./taxonomies/apple-categories.json";
import { MEDIUMS } from "./taxonomies/mediums.ts";
import personRoles from "./taxonomies/person-roles.json";
import { problemError } from "../problems.ts";
import { isHex } from "./colour.ts";
import { accentProblems } from "./palette.ts";

const categories = appleCategories as Record<string, string[]>;
const roles = personRoles as Record<string, string>;

const category = z
  .object({ name: z.string(), subcategory: z.string().optional() })
  .superRefine(({ name, subcategory }, ctx) => {
    if (!(name in categories)) {
      ctx.addIssue({ code: "custom", path: ["name"], message: `"${name}" is not an Apple Podcasts category` });
    } else if (subcategory && !categories[name].includes(subcategory)) {
      ctx.addIssue({
        code: "custom",
        path: ["subcategory"],
        message: `"${subcategory}" is not a subcategory of "${name}" (one of: ${categories[name].join(", ") || "none"})`,
      });
    }
  });

const person = z
  .object({
    name: z.string().trim().min(1),
    role: z.string().default("host"),
    url: z.url().optional(),
    image: z.url().optional(),
  })
  .superRefine(({ role }, ctx) => {
    if (!(role.toLowerCase() in roles)) {
      ctx.addIssue({ code: "custom", path: ["role"], message: `"${role}" is not a podcast:person role` });
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
    .refine((d) => new TextEncoder().encode(d).length <= 4000, "must be at most 4000 bytes"),
  author: z.string().trim().min(1),
  owner: z.object({ name: z.string().trim().min(1), email: z.email() }),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2})?$/, "must be an ISO 639 code such as en or en-us"),
  site: z.url({ protocol: /^https$/, error: "must be the site's absolute https URL" }),
  cover: z.string().regex(/^\/.+\.(png|jpe?g)$/i, "must be a PNG or JPEG path in public/, such as /cover.png"),
  /** The show's colour, as shown in the light scheme; the dark scheme's is derived from it. */
  accent: z.string().refine(isHex, "must be a colour like #6d28d9").default("#6d28d9"),
  /** A logo for the site's header, in public/; without it the header shows the cover art. */
  logo: z
    .string()
    .regex(/^\/.+\.(svg|png|jpe?g|webp|avif)$/i, "must be an image path in public/, such as /logo.svg")
    .optional(),
  /** One self-hosted Fontsource font from npm; without it the system's fonts are used. */
  font: z
    .object({
      family: z.string().trim().min(1),
      package: z
        .string()
        .regex(
          /^@fontsource(-variable)?\/[a-z0-9-]+$/,
          "must be a Fontsource package, such as @fontsource-variable/inter",
        ),
    })
    .optional(),
  categories: z.array(category).min(1),
  explicit: z.boolean(),
  type: z.enum(["episodic", "serial"]),
  copyright: z.string().trim().min(1),
  guid: z.uuid({ error: "must be the pinned podcast:guid, a UUID (see README: npm run feed-guid)" }),
  locked: z.boolean().default(true),
  medium: z.enum(MEDIUMS).default("podcast"),
  /** Set only when the feed moves: apps follow it to the new URL. */
  newFeedUrl: z.url({ protocol: /^https$/ }).optional(),
  funding: z.object({ url: z.url(), text: z.string().trim().min(1).max(128) }).optional(),
  hosts: z.array(person).default([]),
  subscribe: z.array(z.object({ name: z.string().min(1), url: z.url() })).default([]),
  seasons: z.record(z.string().regex(/^\d+$/, "season keys must be numbers"), z.string().min(1)).default({}),
  /**
   * Hosts whose iframes show notes may embed, such as `www.youtube-nocookie.com`: kept lazy and
   * sandboxed. Every other iframe is an error of the content check.
   */
  allowEmbeds: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be host names such as www.youtube-nocookie.com, without https://"),
    )
    .default([]),
  episodesPerPage: z.number().int().min(1).default(20),
  latestOnHome: z.number().int().min(1).default(10),
});

export type ShowInput = z.input<typeof showSchema>;
export type Show = z.output<typeof showSchema>;

/** Validates the show config, failing with every bad setting named by its path. */
export function defineShow(input: ShowInput): Show {
  const result = showSchema.safeParse(input);
  if (result.success) {
    const problems = accentProblems(result.data.accent);
    if (problems.length) {
      throw problemError(problems, "Choose a darker accent colour in src/show.config.ts.", {
        where: "the show config",
      });
    }
    return result.data;
  }
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new Error(`Invalid show config (src/show.config.ts):\n${lines.join("\n")}`);
}
