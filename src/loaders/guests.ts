import type { Loader } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { GUESTS_DIR, isGuestPath, readGuestFolder } from "../data/guests.ts";
import { checkGuests } from "../editing/guest-check.ts";
import { guestProfileSchema } from "../podcast/guests.ts";
import { inFolder, resyncOnSave } from "./watch.ts";
import { renderSafely, RENDERING } from "./markdown.ts";
import { checkContext } from "../data/episode-files.ts";
import show from "../show.config.ts";

/**
 * The guests collection: the valid profiles of `src/content/guests/`, read and checked by the code
 * of `npm run check:content`; a Markdown profile's bio is rendered as show notes are. It reports nothing itself: the episodes loader checks the profiles
 * with the episodes, so that the build stops on one list of every problem. A broken profile, or the
 * later of two claiming one spelling, is left out, so that the pages never see it.
 */
export function guestsLoader(): Loader {
  return {
    name: "guests",
    schema: guestProfileSchema,
    async load(context) {
      const { store, generateDigest } = context;
      const root = fileURLToPath(context.config.root);
      const env = checkContext(root, show);
      const sync = async () => {
        const kept = new Set<string>();
        for (const guest of checkGuests(readGuestFolder(root), env)) {
          if (!guest.data) continue;
          kept.add(guest.slug);
          const body = guest.front.body.trim() || undefined;
          // The digest is of what is stored, so that a new schema's output is stored again, and the
          // dev server's catalog, which keys on digests, sees a profile's edit.
          const digest = generateDigest({ data: guest.data, body, filePath: guest.file, rendering: RENDERING });
          if (store.get(guest.slug)?.digest === digest) continue;
          // A Markdown profile's text is its bio, rendered as show notes are (loaders/markdown.ts).
          const rendered = body && !guest.data.bio ? await renderSafely(context, root, guest) : undefined;
          store.set({
            id: guest.slug,
            data: guest.data,
            body,
            filePath: guest.file,
            digest,
            ...(rendered && { rendered }),
          });
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      };
      await sync();
      resyncOnSave(context, root, [GUESTS_DIR], (file) => inFolder(file, GUESTS_DIR, isGuestPath), sync);
    },
  };
}
