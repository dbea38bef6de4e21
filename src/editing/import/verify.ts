import type { Problem } from "../../problems.ts";
import { type CheckCache, type CheckContext, checkFiles, type SourceFile } from "../content-check.ts";
import { withGuests } from "../guest-check.ts";
import type { ImportPlan } from "./plan.ts";

/**
 * The import writes no file that the build would refuse: before anything is written, the site's
 * own content check (the code the build and `npm run check:content` run) reads the episode files
 * as they would be after the import. A write that brings a problem the site did not have is left
 * out, and its item reported with the problems, so that a hostile or broken feed never leaves the
 * site unbuildable. Problems the files had before the import are theirs, not the import's.
 */

const key = (problem: Problem) => `${problem.file}\n${problem.field}\n${problem.message}`;

/** The file as the build reads it: the reader of the episode files drops a byte order mark. */
const asBuilt = (file: SourceFile): SourceFile => ({ ...file, source: file.source.replace(/^\uFEFF/, "") });

/**
 * The plan without the writes the check would refuse. `files` are the episode files as they are,
 * `guests` the guest profiles, which the check reads with them.
 */
export async function refuseWhatTheCheckWould(
  plan: ImportPlan,
  files: readonly SourceFile[],
  context: CheckContext,
  guests: readonly SourceFile[] = [],
): Promise<ImportPlan> {
  if (!plan.writes.length) return plan;
  // Files that passed are not read again: only the written ones, and those they may clash with.
  const cache: CheckCache = new Map();
  const check = async (sources: SourceFile[]) =>
    withGuests(await checkFiles(sources.map(asBuilt), context, cache), guests).problems;
  const known = new Set((await check([...files])).map(key));
  const refused = new Map<string, Problem[]>();
  for (let writes = plan.writes; writes.length;) {
    const written = new Set(writes.map((w) => w.file));
    const fresh = (await check([...files.filter((f) => !written.has(f.file)), ...writes])).filter(
      (p) => !known.has(key(p)),
    );
    if (!fresh.length) break;
    for (const problem of fresh) {
      // A clash is reported on one of the two files, and names the other; between an edited file
      // and a new one, the new one is left out.
      const named = writes.filter((w) => w.file === problem.file || problem.message.includes(w.file));
      const blamed = named.some((w) => w.created) ? named.filter((w) => w.created) : named;
      for (const { file } of blamed.length ? blamed : writes)
        refused.set(file, [...(refused.get(file) ?? []), problem]);
    }
    writes = writes.filter((w) => !refused.has(w.file));
  }
  if (!refused.size) return plan;
  const reasons = (file: string) =>
    refused.get(file)!.map((p) => `${p.file === file ? "" : `${p.file}: `}${p.field} — ${p.message}`);
  const items = [...plan.matched, ...plan.created].filter((entry) => refused.has(entry.file));
  return {
    ...plan,
    writes: plan.writes.filter((w) => !refused.has(w.file)),
    matched: plan.matched.filter((m) => !refused.has(m.file)),
    created: plan.created.filter((c) => !refused.has(c.file)),
    refused: [...plan.refused, ...items.map(({ item, file }) => ({ item, file, reasons: reasons(file) }))],
  };
}
