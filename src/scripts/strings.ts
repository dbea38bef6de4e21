import type { ClientStrings } from "../i18n/client.ts";
import { fill, type Vars } from "../i18n/format.ts";
import { ours } from "./ours.ts";

type TextKey = { [K in keyof ClientStrings]: ClientStrings[K] extends string ? K : never }[keyof ClientStrings];

/**
 * The words of the show's language that the scripts write, from the JSON the layout renders
 * (i18n/client.ts): the layout's own element, never one of notes' look-alikes. The client router
 * brings each page's body with its own element; each is read once.
 */
let known: [Element | undefined, Partial<ClientStrings>] | undefined;
export function strings(): Partial<ClientStrings> {
  const element = [...document.querySelectorAll("script[data-strings]")].find(ours);
  if (!known || known[0] !== element)
    known = [element, JSON.parse(element?.textContent || "{}") as Partial<ClientStrings>];
  return known[1];
}

export const language = () => document.documentElement.lang || "en";

/** A string of the show's language, filled. */
export function text(key: TextKey, vars?: Vars): string {
  const template = strings()[key];
  return typeof template === "string" ? fill(template, vars, language()) : "";
}
