import { defineShow } from "./podcast/show.ts";

/** Every show-wide setting. The build validates it and names any bad value. */
export default defineShow({
  title: "Demo Cast",
  tagline: "Conversations with the people who build the tools we all use.",
  description:
    "A demo show for this podcast site: conversations with the people who build software tools. Replace this file's settings and the episodes in src/content/episodes/ with your own show.",
  author: "Demo Cast Hosts",
  owner: { name: "Demo Cast Hosts", email: "hosts@podcast.example.com" },
  language: "en",
  // The language is the feed's and the site's: en, de, fr, es, pt-BR, ja and ar have the whole
  // interface. Any of its strings may be said in the show's own words, by its key in src/i18n/en.ts:
  // strings: { play: "Listen" },
  site: "https://podcast.example.com",
  cover: "/cover.png",
  // The show's colour for links and buttons. The build derives the dark scheme's variant and stops
  // if either cannot be read (4.5:1 for text, 3:1 for controls).
  accent: "#6d28d9",
  // Optional: a logo for the header (logo: "/logo.svg"), and one font from npm, self-hosted
  // (`npm install @fontsource-variable/<name>`); without `font`, pages use the system's fonts.
  font: { family: "Plus Jakarta Sans", package: "@fontsource-variable/plus-jakarta-sans" },
  categories: [{ name: "Technology" }, { name: "Education", subcategory: "How To" }],
  explicit: false,
  type: "episodic",
  copyright: "© 2024 Demo Cast Hosts",
  // Pinned once (npm run feed-guid -- <feed URL>); never recompute it after the site moves.
  guid: "23bb2efb-0537-5d81-bcf3-c96ecee9c180",
  locked: true,
  medium: "podcast",
  // Where the feed used to be on this site: each answers with a 301 to /rss.xml.
  oldFeedPaths: ["/feed/", "/podcast.xml"],
  hosts: [{ name: "Ada Host", role: "host" }],
  subscribe: [
    { name: "Apple Podcasts", url: "https://podcasts.apple.com/podcast/id0000000000" },
    { name: "Spotify", url: "https://open.spotify.com/show/0000000000000000000000" },
    { name: "Overcast", url: "https://overcast.fm/itunes0000000000" },
    { name: "Pocket Casts", url: "https://pca.st/itunes/0000000000" },
    { name: "YouTube", url: "https://www.youtube.com/@democast" },
    { name: "AntennaPod", url: "https://antennapod.org/deeplink/subscribe?url=podcast.example.com/rss.xml" },
    { name: "Podcast Addict", url: "https://podcastaddict.com/feed/https%3A%2F%2Fpodcast.example.com%2Frss.xml" },
    { name: "Fountain", url: "https://fountain.fm/show/0000000000" },
  ],
  seasons: { "1": "Foundations", "2": "Tools of the Trade" },
  // Optional Podcasting 2.0 settings: apps show them, and the pages too (see README).
  funding: { url: "https://www.patreon.com/democast", text: "Support Demo Cast" },
  license: "CC-BY-4.0",
  location: { name: "Berlin", geo: "geo:52.52,13.405", osm: "R62422", rel: "creator", country: "DE" },
  updateFrequency: { text: "Every other Thursday", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH" },
  podroll: [
    {
      feedGuid: "917393e3-1b1e-5cef-ace4-edaa54e1f810",
      feedUrl: "https://feeds.podcastindex.org/pc20.xml",
      title: "Podcasting 2.0",
      url: "https://podcasting2.org/",
    },
  ],
  episodesPerPage: 20,
  latestOnHome: 10,
  // Dates written without a time are that day here, and pages show dates as they are here (IANA name).
  timeZone: "UTC",
});
