import { getEntry, render } from "astro:content";
import { problemError, type Problem } from "../problems.ts";
import { loaded } from "./catalog.ts";

/**
 * The About page's title, description and text, as the pages collection checked and rendered
 * them (loaders/pages.ts). In the dev server a page with problems shows them in the error overlay,
 * as an episode does; the build stops on them before any page renders.
 */
export async function aboutPage() {
  const entry = await getEntry("pages", "about");
  if (!entry) throw new Error("The pages collection has no About page");
  if ("problems" in entry.data) {
    const problems = entry.data.problems as Problem[];
    throw problemError(problems, "Fix the About page and save it again.", { pointAt: true, where: entry.filePath });
  }
  const { Content } = await render(entry);
  return { title: entry.data.title, description: entry.data.description, Content };
}

/**
 * A guest's bio as a Markdown profile wrote it, rendered; none for a YAML profile, whose bio is
 * text, or a guest without a profile.
 */
export async function guestBio(slug: string) {
  const entry = (await loaded()).profiles.get(slug);
  return entry?.rendered ? (await render(entry)).Content : undefined;
}

/**
 * The HTML that editors' Markdown outside the episodes makes of the pages, as the collections
 * rendered it: the About page and the bios of the guests that have pages. Their remote pictures
 * join the site's Content Security Policy (data/policy-sources.ts).
 */
export async function writtenHtml(guestSlugs: readonly string[]): Promise<string[]> {
  const { profiles } = await loaded();
  const about = await getEntry("pages", "about");
  return [about, ...guestSlugs.map((slug) => profiles.get(slug))].flatMap((entry) => entry?.rendered?.html ?? []);
}
