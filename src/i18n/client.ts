import type { Strings } from "./en.ts";

/**
 * The strings the pages' scripts write (the player's labels, the search page's status, the copied
 * feed): the layout hands them over in one JSON element, so that no script imports a table.
 */
export const CLIENT_KEYS = [
  "play",
  "pause",
  "playTitle",
  "pauseTitle",
  "timeOf",
  "resumeAt",
  "copyLink",
  "copyLinkTo",
  "copied",
  "feedCopied",
  "searching",
  "searchFound",
  "searchNone",
] as const satisfies (keyof Strings)[];

export type ClientStrings = Pick<Strings, (typeof CLIENT_KEYS)[number]>;

/** What the layout writes for the scripts. */
export const clientStrings = (strings: Strings): ClientStrings =>
  Object.fromEntries(CLIENT_KEYS.map((key) => [key, strings[key]])) as ClientStrings;
