import {
  guestDirectory,
  guestProfileSchema,
  guestsOnProfilePages,
  type GuestProfileData,
  toGuestProfile,
  unknownGuests,
} from "../podcast/guests.ts";
import { withMessages } from "../podcast/messages.ts";
import { slugify } from "../podcast/slug.ts";
import { byPlace, type Problem } from "../problems.ts";
import { type CheckContext, type CheckResult, type SourceFile, stateProblem, validEpisodes } from "./content-check.ts";
import { type FileKind, fieldProblem, issueProblems, reportConflicts, unreadable } from "./file-problems.ts";
import { markdownProblems } from "./markdown-check.ts";
import { type FrontMatter, readFrontMatter, readYamlFile } from "./front-matter.ts";

// The check of the guest profiles of `src/content/guests/`, and of the episodes' guest `id`s
// against them. The build, the dev server and `npm run check:content` all run it, so that they
// print the same lines.

/** A guest profile, checked. */
export interface CheckedGuest extends SourceFile {
  /** The collection id, and the `id` episodes name: the file name as a slug. */
  slug: string;
  front: FrontMatter;
  /** The validated fields, when the file has no problem. */
  data?: GuestProfileData;
  problems: Problem[];
}

const isYaml = (file: string) => /\.ya?ml$/i.test(file);

const KINDS: Record<"yaml" | "md", FileKind> = {
  yaml: { what: "a guest profile", head: "file", body: "file" },
  md: { what: "a guest profile", head: "front matter", body: "bio" },
};

/** The slug of a profile's file name: `lin-example.yaml` → `lin-example`. */
const slugOf = (file: string) => slugify(file.slice(file.lastIndexOf("/") + 1).replace(/\.[^.]+$/, ""));

/** What the check of a profile asks of the project: where its image lies, and the HTML policy of its bio. */
export type GuestCheckContext = Pick<CheckContext, "fileState" | "allowEmbeds">;

/** A project where every file exists: a profile checked on its own, as the docs show one. */
const ANY_FILE: GuestCheckContext = { fileState: () => "file" };

/**
 * A profile's image in public/ that is not there to publish: the guest's page shows it as it is,
 * so a missing one is a broken image on the page (an image that is no image, the build finds
 * among the images of public/).
 */
function imageProblem(file: string, front: FrontMatter, data: GuestProfileData, context: GuestCheckContext) {
  if (!data.image?.startsWith("/")) return [];
  const source = `public${data.image}`;
  const message = stateProblem(context.fileState(source), "an image", source);
  return message ? [fieldProblem(file, front, ["image"], message)] : [];
}

/**
 * Checks one profile on its own: a YAML file, or Markdown whose front matter has the fields and
 * whose text is the bio, checked as show notes are (markdown-check.ts).
 */
export function checkGuestFile(source: SourceFile, context: GuestCheckContext = ANY_FILE): CheckedGuest {
  const yaml = isYaml(source.file);
  const front = yaml ? readYamlFile(source.source) : readFrontMatter(source.source);
  const checked: CheckedGuest = { ...source, slug: slugOf(source.file), front, problems: [] };
  const unread = unreadable(source, front, KINDS[yaml ? "yaml" : "md"]);
  if (unread) checked.problems.push(unread);
  else if (!checked.slug) {
    const name = source.file.slice(source.file.lastIndexOf("/") + 1);
    const message = `expected a file name with letters or digits for the guest's URL, found "${name}": rename the file`;
    checked.problems.push({ file: source.file, line: 1, field: "file", message });
  } else {
    // Unknown keys are dropped, as in an episode: a misspelt required field is reported as missing.
    const parsed = guestProfileSchema.safeParse(front.data, withMessages);
    const problems = parsed.success
      ? imageProblem(source.file, front, parsed.data, context)
      : issueProblems(source.file, front, parsed.error.issues);
    if (!yaml)
      problems.push(...markdownProblems(source.file, front, "bio", { allowEmbeds: context.allowEmbeds ?? [] }));
    checked.problems.push(...problems);
    if (parsed.success && !problems.length) checked.data = parsed.data;
  }
  return checked;
}

/** Two files of one slug (`lin.yaml`, `lin.md`): the later one is reported, as episodes are. */
function reportSameSlug(files: readonly CheckedGuest[]) {
  const first = new Map<string, string>();
  for (const guest of files) {
    if (!guest.slug) continue;
    const other = first.get(guest.slug);
    if (other === undefined) {
      first.set(guest.slug, guest.file);
      continue;
    }
    const message = `expected a guest slug no other file has, found "${guest.slug}", already used by ${other}`;
    guest.problems.push({ file: guest.file, line: 1, field: "file", message });
    delete guest.data;
  }
}

/** The directory of the valid profiles: which page each guest has. */
const directoryOf = (files: readonly CheckedGuest[]) =>
  guestDirectory(
    files.flatMap((guest) =>
      guest.data
        ? [toGuestProfile({ id: guest.slug, data: guest.data, body: guest.front.body, filePath: guest.file })]
        : [],
    ),
  );

/** Checks every profile, then the valid ones against each other: one spelling claimed by two. */
export function checkGuests(sources: readonly SourceFile[], context: GuestCheckContext): CheckedGuest[] {
  const files = [...sources].sort((a, b) => a.file.localeCompare(b.file)).map((s) => checkGuestFile(s, context));
  reportSameSlug(files);
  reportConflicts(files, directoryOf(files).problems);
  return files;
}

export interface ContentCheck extends CheckResult {
  guests: CheckedGuest[];
}

/**
 * Adds the guest profiles to a check of the episode files: each profile's own problems, a spelling
 * two profiles claim, a guest `id` of an episode that names no profile file, reported at the line
 * of that `id`, and a guest whose page would be a profile's that does not list their name. The
 * episode is then broken, as with any problem between files.
 */
export function withGuests(
  result: CheckResult,
  sources: readonly SourceFile[],
  context: GuestCheckContext,
): ContentCheck {
  const guests = checkGuests(sources, context);
  const slugs = new Set(guests.map((guest) => guest.slug));
  const episodes = validEpisodes(result.files);
  const unknown = reportConflicts(result.files, [
    ...unknownGuests(episodes, slugs),
    ...guestsOnProfilePages(episodes, directoryOf(guests)),
  ]);
  const problems = [...result.problems, ...unknown, ...guests.flatMap((guest) => guest.problems)].sort(byPlace);
  return { ...result, guests, problems };
}
