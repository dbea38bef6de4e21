import type { ClientStrings } from "../i18n/client.ts";
import { fill, plural, type Vars } from "../i18n/format.ts";
import { ours } from "./ours.ts";

type TextKey = { [K in keyof ClientStrings]: ClientStrings[K] extends string ? K : never }[keyof ClientStrings];
type CountKey = Exclude<keyof ClientStrings, TextKey>;

/**
 * The words of the show's language that the scripts write, from the JSON the layout renders
 * (i18n/client.ts): the layout's own element, never one of notes' look-alikes. Read at each use,
 * as the client router brings each page's body with its own.
 */
function strings(): Partial<ClientStrings> {
  const element = [...document.querySelectorAll("script[data-strings]")].find(ours);
  try {
    const read: unknown = JSON.parse(element?.textContent ?? "{}");
    return read && typeof read === "object" ? read : {};
  } catch {
    return {};
  }
}

const language = () => document.documentElement.lang || "en";

/** A string of the show's language, filled. */
export function text(key: TextKey, vars?: Vars): string {
  const template = strings()[key];
  return typeof template === "string" ? fill(template, vars, language()) : "";
}

/** A string with a count, in the form the show's language uses for it. */
export function count(key: CountKey, n: number, vars?: Vars): string {
  const forms = strings()[key];
  return forms && typeof forms.other === "string" ? plural(forms, n, language(), vars) : String(n);
}
