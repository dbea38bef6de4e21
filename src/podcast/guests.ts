import { z } from "astro/zod";
import { routes } from "../routes.ts";
import type { Conflict } from "./catalog.ts";
import type { Episode, Guest } from "./episode.ts";
import { nameKey, preferredSpelling } from "./names.ts";
import { fileRef, line, prose, webUrl } from "./schema.ts";
import { markdownToText } from "./text.ts";

/** A guest described by hand in `src/content/guests/<slug>.yaml` or `.md`. */
export interface GuestProfile {
  slug: string;
  /** The file, from the project root, for messages. */
  file: string;
  name: string;
  /** Other ways episodes spell the name, all merged into this guest. */
  spellings: string[];
  bio?: string;
  links: { name: string; url: string }[];
  image?: string;
}

/** A guest's page: everyone who appears in a published episode has one. */
export interface GuestPage {
  slug: string;
  url: string;
  name: string;
  roles: string[];
  links: { name: string; url: string }[];
  image?: string;
  bio?: string;
  /** Newest first, as the episodes were given. */
  episodes: Episode[];
}

/** Which page each guest of an episode has, from the guest profiles. */
export interface GuestDirectory {
  profiles: Map<string, GuestProfile>;
  /** The slug of a guest's page, by the guest as an episode names them. */
  slugOf(guest: Guest): string | undefined;
  /** Two profiles that claim one spelling. */
  problems: Conflict[];
}

export function guestDirectory(profiles: GuestProfile[]): GuestDirectory {
  const problems: Conflict[] = [];
  const bySlug = new Map(profiles.map((p) => [p.slug, p]));
  const bySpelling = new Map<string, GuestProfile>();
  for (const profile of profiles) {
    // Each spelling with its own field, so that a clash points at the line that claims the name.
    const claims = [
      { name: profile.name, path: ["name"] },
      ...profile.spellings.map((name, i) => ({ name, path: ["spellings", i] })),
    ];
    for (const { name, path } of claims) {
      const spelling = nameKey(name);
      const other = bySpelling.get(spelling);
      if (other && other !== profile) {
        problems.push({
          file: profile.file,
          path,
          message: `expected a name no other guest claims, found "${spelling}", already claimed by ${other.file}`,
        });
      } else bySpelling.set(spelling, profile);
    }
  }
  // A guest joins a profile by its `id`, its name or a spelling it lists; never by the file's name
  // alone: "Ada" is not "Ada Lovelace" of `ada.yaml`, and has no page while that one has hers
  // (`guestsOnProfilePages` reports it).
  const slugOf = (guest: Guest) => {
    if (guest.id) return bySlug.get(guest.id)?.slug;
    const key = nameKey(guest.name);
    return bySpelling.get(key)?.slug ?? (key && !bySlug.has(key) ? key : undefined);
  };
  return { profiles: bySlug, slugOf, problems };
}

/**
 * Guests without a profile whose page would be a profile's that neither names nor lists them:
 * "Ada" beside `ada.yaml` of "Ada Lovelace". Reported at the line of the guest's name.
 */
export function guestsOnProfilePages(episodes: readonly Episode[], directory: GuestDirectory): Conflict[] {
  return episodes.flatMap((episode) =>
    episode.guests.flatMap((guest, index) => {
      const profile = guest.id ? undefined : directory.profiles.get(nameKey(guest.name));
      if (!profile || directory.slugOf(guest) === profile.slug) return [];
      const field = guest.field ?? ["guests", index];
      return [
        {
          file: episode.file,
          path: field[0] === "guest" ? field : [...field, "name"],
          message: `expected a guest with a page of their own, found "${guest.name}", whose page ${routes.guest(profile.slug)} is that of "${profile.name}" (${profile.file}): list "${guest.name}" in its spellings if they are one person, or give this guest a file of their own`,
        },
      ];
    }),
  );
}

/**
 * Every `id` of an episode's guests that names no file of `src/content/guests/`, as problems naming
 * the episode file. `slugs` are those of every profile file, broken ones included: a broken profile
 * is reported on its own file, not on each episode that names it.
 */
export function unknownGuests(episodes: readonly Episode[], slugs: ReadonlySet<string>): Conflict[] {
  return episodes.flatMap((episode) =>
    episode.guests.flatMap((guest, index) =>
      guest.id && !slugs.has(guest.id)
        ? [
            {
              file: episode.file,
              path: [...(guest.field ?? ["guests", index]), "id"],
              message: `expected the slug of a file in src/content/guests/, found "${guest.id}"`,
            },
          ]
        : [],
    ),
  );
}

/** The episode with each guest's page on this site, for pages to link. */
export function withGuestPages(episode: Episode, directory: GuestDirectory): Episode {
  if (!episode.guests.length) return episode;
  return {
    ...episode,
    guests: episode.guests.map((guest) => {
      const slug = directory.slugOf(guest);
      return slug ? { ...guest, page: routes.guest(slug) } : guest;
    }),
  };
}

/**
 * One page per person who is a guest of a published episode: grouped by a profile's slug (`id`),
 * a profile's name or other spellings, else by the name's key, so that `José` and `Jose` meet; a
 * name whose key is the file name of a profile that does not list it has no page.
 */
export function groupGuests(published: Episode[], directory: GuestDirectory): GuestPage[] {
  const grouped = new Map<string, { guests: Guest[]; episodes: Episode[] }>();
  for (const episode of published) {
    for (const guest of episode.guests) {
      const slug = directory.slugOf(guest);
      if (!slug) continue;
      const group = grouped.get(slug) ?? { guests: [], episodes: [] };
      group.guests.push(guest);
      if (!group.episodes.includes(episode)) group.episodes.push(episode);
      grouped.set(slug, group);
    }
  }
  const pages = [...grouped.entries()].map(([slug, { guests, episodes }]): GuestPage => {
    const profile = directory.profiles.get(slug);
    const roles = new Map<string, string>();
    for (const { role } of guests) if (role && !roles.has(role.toLowerCase())) roles.set(role.toLowerCase(), role);
    const url = guests.find((g) => g.url)?.url;
    return {
      slug,
      url: routes.guest(slug),
      name: profile?.name ?? preferredSpelling(guests.map((g) => g.name)),
      roles: [...roles.values()],
      links: profile?.links.length ? profile.links : url ? [{ name: "Website", url }] : [],
      image: profile?.image ?? guests.find((g) => g.image)?.image,
      bio: profile?.bio,
      episodes,
    };
  });
  return pages.sort((a, b) => a.name.localeCompare(b.name));
}

// The episode schema's text and URL rules, and its error map: a profile comes in a pull request as
// show notes do, and its links are written into the guest's page (no `javascript:` URL).
const link = z
  .object({ name: line("a link's name").min(1), url: webUrl("an https:// or http:// URL") })
  .describe("a table with name and url");

/** The fields of a guest's file in `src/content/guests/`: YAML, or Markdown whose body is the bio. */
export const guestProfileSchema = z.object({
  name: line("the guest's name").min(1),
  spellings: z.array(line("another spelling of the name").min(1)).describe("a list of names").default([]),
  bio: prose("a bio").optional(),
  links: z.array(link).describe("a list of links").default([]),
  /** An https URL, or a path of `public/` (`/img/lin.jpg`). */
  image: fileRef("an https URL or a path in public/ such as /guests/lin.jpg", { relative: false }).optional(),
});

export type GuestProfileData = z.output<typeof guestProfileSchema>;

/**
 * A profile from its collection entry; a Markdown file's body is the bio, kept here as the plain
 * text that a page's description shows (the page shows it rendered).
 */
export function toGuestProfile(entry: {
  id: string;
  data: GuestProfileData;
  body?: string;
  filePath?: string;
}): GuestProfile {
  const { data } = entry;
  const body = entry.body?.trim();
  return {
    slug: entry.id,
    file: entry.filePath ?? entry.id,
    name: data.name,
    spellings: data.spellings,
    bio: data.bio ?? (body ? markdownToText(body) : undefined),
    links: data.links,
    image: data.image && (data.image.startsWith("/") ? routes.asset(data.image) : data.image),
  };
}
