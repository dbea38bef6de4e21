import type { LoaderContext } from "astro/loaders";
import { join, relative } from "node:path";

const SETTLE_MS = 25;

/** Whether a path from the project root lies in `folder` and `test` accepts its path there. */
export const inFolder = (file: string, folder: string, test: (path: string) => boolean) =>
  file.startsWith(`${folder}/`) && test(file.slice(folder.length + 1));

/**
 * In the dev server, runs `sync` again whenever a file of `folders` that `matters` (by its path from
 * the project root) is added, changed or removed; in a build there is no watcher and it does nothing.
 */
export function resyncOnSave(
  context: LoaderContext,
  root: string,
  folders: readonly string[],
  matters: (file: string) => boolean,
  sync: () => Promise<void> | void,
) {
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(folders.map((folder) => join(root, folder)));
  let queue = Promise.resolve();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const onChange = (path: string) => {
    if (!matters(relative(root, path).split("\\").join("/"))) return;
    // A save truncates the file before writing it, and the watcher may report only the first of
    // those: wait for the save to settle so that the half-written file is never what is read.
    clearTimeout(pending);
    pending = setTimeout(() => {
      queue = queue.then(sync).catch((error: Error) => context.logger.error(error.message));
    }, SETTLE_MS);
  };
  for (const event of ["add", "change", "unlink"]) watcher.on(event, onChange);
}
