import transliterate from "@sindresorhus/transliterate";

/**
 * The one rule that makes a slug of a name, for file names and for `npm run new-episode` alike:
 * transliterate (`Ž` → `Z`, `ß` → `ss`, `Ж` → `Zh`), lower-case, and join the letters and digits
 * with hyphens. `"My Épisode!"` → `my-episode`. Scripts with no Latin spelling (`日本語`) give `""`.
 */
export function slugify(text: string): string {
  return transliterate(text.normalize("NFKC"))
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The `slug` field as written (top level or under Zola's `[extra]`), if it is text. */
export function givenSlug(data: Record<string, unknown> = {}): string | undefined {
  const extra = data.extra as Record<string, unknown> | undefined;
  const given = data.slug ?? extra?.slug;
  return typeof given === "string" && given.trim() ? given.trim() : undefined;
}

/** The slug of a file name: `s01e06-sentry.md`, or the folder of a page bundle `s01e06-sentry/index.md`. */
export function slugOfFileName(entry: string): string {
  const path = entry.replace(/\\/g, "/").replace(/\.(md|mdx)$/i, "");
  const name = path.endsWith("/index") ? path.slice(0, -"/index".length) : path;
  return slugify(name.split("/").pop()!);
}

/**
 * The episode's slug: its `slug` field, else its file name, or its folder name for a page bundle.
 * `""` when the name has no letter or digit a URL can carry: the file needs a `slug` field.
 */
export function slugFromPath(entry: string, data: Record<string, unknown> = {}): string {
  return givenSlug(data) ?? slugOfFileName(entry);
}
