import { type CheckCache, type CheckContext, checkFiles, notAnImage, stateProblem } from "../editing/content-check.ts";
import { type ContentCheck, withGuests } from "../editing/guest-check.ts";
import { readFrontMatter } from "../editing/front-matter.ts";
import { ABOUT_PAGE, type CheckedPage, checkPage } from "../editing/page-check.ts";
import { SHOW_CONFIG, type Show } from "../podcast/show.ts";
import { byPlace, type Problem } from "../problems.ts";
import { checkContext, readEpisodeFolder, sourceReader } from "./episode-files.ts";
import { readGuestFolder } from "./guests.ts";
import { isArtFile } from "./images.ts";
import { walkFolder } from "./walk.ts";

/** Everything editors write, checked: episodes, guest profiles, the About page, and the files they name. */
export interface ProjectCheck extends ContentCheck {
  /** The About page, checked. */
  about: CheckedPage;
}

/**
 * The show's cover and logo in public/: there, images the build reads, and the cover by Apple's
 * rules for podcast art, each reported on the setting that names it.
 */
async function showFileProblems(show: Show, context: CheckContext): Promise<Problem[]> {
  const art = [
    { field: "cover", path: show.cover, what: "the cover art" },
    { field: "logo", path: show.logo, what: "the logo" },
  ];
  const problems = await Promise.all(
    art.map(async ({ field, path, what }) => {
      if (!path) return [];
      const source = `public${path}`;
      const message =
        stateProblem(context.fileState(source), what, source) ??
        (await notAnImage(source, context)) ??
        (field === "cover" ? (await context.artworkProblems(source))[0] : undefined);
      return message ? [{ file: SHOW_CONFIG, field, message }] : [];
    }),
  );
  return problems.flat();
}

/** Whether a problem names a file already: as its file, or in its message (an image of the show notes). */
const namedIn = (problems: readonly Problem[]) => (path: string) =>
  problems.some((p) => p.file === path || p.message.includes(path));

/**
 * Every image the build imports (images.ts `ART_GLOB`) that it cannot read, which would stop it with
 * a stack trace, unless a problem names it already (an image of the show notes, the cover). A link
 * to nothing the build passes over; one out of the project is a problem of its own.
 */
async function artFileProblems(files: readonly string[], context: CheckContext, reported: readonly Problem[]) {
  const named = namedIn(reported);
  const problems = await Promise.all(
    files
      .filter((path) => isArtFile(path) && !named(path) && context.fileState(path) === "file")
      .map(async (file): Promise<Problem[]> => {
        const where = file.startsWith("public/") ? "of public/" : "of the episodes' folder";
        const message = await notAnImage(file, context, false);
        return message ? [{ file, field: "file", message: `${message}: the build reads every image ${where}` }] : [];
      }),
  );
  return problems.flat();
}

/** The About page, checked; its absence is a problem, as the site links to it. */
export function checkAbout(root: string, context: CheckContext): CheckedPage {
  const [source] = sourceReader(root)(ABOUT_PAGE);
  if (source) return checkPage(source, context);
  const message = `expected the About page's text at ${ABOUT_PAGE}, found no file there`;
  return {
    file: ABOUT_PAGE,
    source: "",
    front: readFrontMatter(""),
    problems: [{ file: ABOUT_PAGE, field: "file", message }],
  };
}

/**
 * The one check of the project, as `npm run check:content`, the build and the dev server run it,
 * so that all three print the same lines: the episode files (editing/content-check.ts), the guest
 * profiles, the About page, the show's cover and logo, the links of public/ and of the episodes'
 * folder, and every image the build reads. With a cache, an episode file unchanged since it last
 * passed is not checked again (the dev server checks on every save).
 */
export function projectCheck(root: string, show: Show): (cache?: CheckCache) => Promise<ProjectCheck> {
  const context = checkContext(root, show);
  return async (cache) => {
    const folder = readEpisodeFolder(root);
    const episodes = await checkFiles(folder.sources, context, cache, folder.ignored);
    const result = withGuests(episodes, readGuestFolder(root), context);
    const publicFiles = walkFolder(root, "public", { strict: true });
    const about = checkAbout(root, context);
    const problems = [
      ...result.problems,
      ...about.problems,
      ...publicFiles.problems,
      ...(await showFileProblems(show, context)),
    ];
    // A link of a page bundle out of the project is reported on the bundle's episode already.
    const named = namedIn(problems);
    problems.push(...folder.problems.filter((p) => !named(p.file)));
    problems.push(...(await artFileProblems([...publicFiles.files, ...folder.files], context, problems)));
    return { ...result, about, problems: problems.sort(byPlace) };
  };
}
