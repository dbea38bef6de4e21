import { absolute, routes } from "../routes.ts";
import { nameKey } from "./names.ts";
import type { Show } from "./show.ts";

/** Apps that have an icon in `src/icons/`, by the key of their name; any other link gets `link`. */
const ICONS = new Set([
  "apple-podcasts",
  "spotify",
  "overcast",
  "pocket-casts",
  "youtube",
  "antennapod",
  "podcast-addict",
  "fountain",
]);

export interface SubscribeLink {
  name: string;
  url: string;
  /** The file name of its icon in `src/icons/`, without `.svg`. */
  icon: string;
  /** The feed's absolute URL, for the RSS link to copy. */
  copy?: string;
}

/** The show config's subscribe links in their order, then the feed itself. */
export function subscribeLinks(show: Show): SubscribeLink[] {
  return [
    ...show.subscribe.map(({ name, url }) => ({ name, url, icon: ICONS.has(nameKey(name)) ? nameKey(name) : "link" })),
    { name: "RSS", url: routes.feed(), icon: "rss", copy: absolute(routes.feed()) },
  ];
}
