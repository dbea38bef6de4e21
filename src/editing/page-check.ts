import { z } from "astro/zod";
import { withMessages } from "../podcast/messages.ts";
import { line, prose } from "../podcast/schema.ts";
import type { Problem } from "../problems.ts";
import type { CheckContext, SourceFile } from "./content-check.ts";
import { type FileKind, issueProblems, unreadable } from "./file-problems.ts";
import { type FrontMatter, readFrontMatter } from "./front-matter.ts";
import { markdownProblems } from "./markdown-check.ts";

// The check of the site's own pages written in Markdown: the About page, `src/content/about.md`.
// It comes in a pull request as show notes do, and is checked as they are, by the build, the dev
// server and `npm run check:content` alike.

/** The About page's file, from the project root. */
export const ABOUT_PAGE = "src/content/about.md";

/** A page's front matter: its title and the description that search engines and links show. */
export const pageSchema = z.object({
  title: line("the page's title").min(1),
  description: prose("a short description of the page").optional(),
});

export type PageData = z.output<typeof pageSchema>;

export interface CheckedPage extends SourceFile {
  front: FrontMatter;
  /** The validated front matter, when the file has no problem. */
  data?: PageData;
  problems: Problem[];
}

const PAGE: FileKind = { what: "a page", head: "front matter", body: "text" };

/** Checks a page: its front matter, and its text as show notes are checked (markdown-check.ts). */
export function checkPage(source: SourceFile, context: Pick<CheckContext, "allowEmbeds">): CheckedPage {
  const front = readFrontMatter(source.source);
  const unread = unreadable(source, front, PAGE);
  if (unread) return { ...source, front, problems: [unread] };
  const parsed = pageSchema.safeParse(front.data, withMessages);
  const problems = [
    ...issueProblems(source.file, front, parsed.error?.issues ?? []),
    ...markdownProblems(source.file, front, PAGE.body, { allowEmbeds: context.allowEmbeds ?? [] }),
  ];
  return problems.length || !parsed.success
    ? { ...source, front, problems }
    : { ...source, front, data: parsed.data, problems };
}
