import { withMessages } from "../../podcast/messages.ts";
import { showSchema } from "../../podcast/show.ts";
import type { FeedChannel } from "./feed.ts";

/**
 * `--show`: the channel's settings written into `src/show.config.ts`. Each value is checked
 * against the show config's own schema first, so that the import never writes a setting the
 * build would refuse; those left out are named.
 */

export interface ShowSetting {
  key: string;
  value: unknown;
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The settings a channel gives, and notes on those it could not. `cover` is the path in `public/`
 * the command saved the cover art at, as the site serves its own.
 */
export function showSettings(channel: FeedChannel, cover?: string): { settings: ShowSetting[]; notes: string[] } {
  const notes: string[] = [];
  const wanted: [string, unknown][] = [
    ["title", channel.title],
    ["description", channel.description && plain(channel.description)],
    ["author", channel.author],
    ["owner", channel.owner?.name && channel.owner.email ? channel.owner : undefined],
    ["language", channel.language],
    ["categories", channel.categories.length ? channel.categories : undefined],
    ["explicit", channel.explicit],
    ["type", channel.type],
    ["cover", cover],
    ["funding", channel.funding],
    ["guid", channel.guid],
    ...Object.entries(channel.settings),
  ];
  const settings: ShowSetting[] = [];
  const shape = showSchema.shape as Record<
    string,
    { safeParse(value: unknown, options: typeof withMessages): { success: boolean; error?: Error } }
  >;
  for (const [key, value] of wanted) {
    if (value === undefined || value === "") {
      if (key === "guid") notes.push("the feed has no podcast:guid: keep the one in the config (npm run feed-guid)");
      else if (key !== "cover") notes.push(`the feed gives no ${key}: kept the config's`);
      continue;
    }
    const parsed = shape[key].safeParse(value, withMessages);
    if (!parsed.success) {
      const issue = (parsed.error as unknown as { issues: { message: string }[] }).issues[0]?.message;
      notes.push(`kept the config's ${key}: the feed's ${JSON.stringify(value)} is not valid here (${issue})`);
      continue;
    }
    settings.push({ key, value });
  }
  if (!cover && channel.image) {
    notes.push(`cover art not saved: download ${channel.image} into public/ and set cover to its path`);
  }
  return { settings, notes };
}

/** A value as TypeScript source. */
function source(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(source).join(", ")}]`;
  if (value && typeof value === "object") {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${fields.map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${source(v)}`).join(", ")} }`;
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * The config file with each setting replaced where it is written (its comment above it kept), or
 * added before the end of `defineShow({ … })`. Properties stand at one indent, one per line or
 * continued on deeper lines, as Prettier writes them.
 */
export function setShowSettings(text: string, settings: readonly ShowSetting[]): string {
  const lines = text.split("\n");
  const close = lines.findLastIndex((line) => /^\}\);?\s*$/.test(line));
  if (close < 0) throw new Error("expected src/show.config.ts to end with the `})` of defineShow({ … }), found none");
  const indent = /^(\s+)\S/.exec(lines.slice(0, close).find((l) => /^\s+[A-Za-z_$]+:/.test(l)) ?? "  x")![1];
  const property = new RegExp(`^${indent}([A-Za-z_$][\\w$]*):`);
  for (const { key, value } of settings) {
    const line = `${indent}${key}: ${source(value)},`;
    const end = lines.findLastIndex((l) => /^\}\);?\s*$/.test(l));
    const start = lines.findIndex((l, i) => i < end && property.exec(l)?.[1] === key);
    if (start < 0) {
      lines.splice(end, 0, line);
      continue;
    }
    let next = start + 1;
    // A value on deeper lines, up to its closing bracket back at the property's indent.
    const continues = (l: string) => !new RegExp(`^${indent}\\S`).test(l) || new RegExp(`^${indent}[\\]})]`).test(l);
    while (next < end && continues(lines[next]) && !/^\S/.test(lines[next])) next++;
    lines.splice(start, next - start, line);
  }
  return lines.join("\n");
}
