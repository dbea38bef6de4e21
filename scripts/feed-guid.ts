// Prints the podcast:guid for a feed URL, to pin once in src/show.config.ts.
import { podcastGuid } from "../src/feed/guid.ts";

const url = process.argv[2];
if (!url) {
  console.error("Usage: npm run feed-guid -- https://your.site/rss.xml");
  process.exit(1);
}
console.log(podcastGuid(url));
