import { defineShow } from "./podcast/show.ts";

/** Every show-wide setting. The build validates it and names any bad value. */
export default defineShow({
  title: "Demo Cast",
  description:
    "A demo show for this podcast site: conversations with the people who build software tools. Replace this file's settings and the episodes in src/content/episodes/ with your own show.",
  author: "Demo Cast Hosts",
  owner: { name: "Demo Cast Hosts", email: "hosts@podcast.example.com" },
  language: "en",
  site: "https://podcast.example.com",
  cover: "/cover.png",
  categories: [{ name: "Technology" }, { name: "Education", subcategory: "How To" }],
  explicit: false,
  type: "episodic",
  copyright: "© 2024 Demo Cast Hosts",
  // Pinned once (npm run feed-guid -- <feed URL>); never recompute it after the site moves.
  guid: "23bb2efb-0537-5d81-bcf3-c96ecee9c180",
  locked: true,
  medium: "podcast",
  hosts: [{ name: "Ada Host", role: "host" }],
  subscribe: [
    { name: "Apple Podcasts", url: "https://podcasts.apple.com/podcast/id0000000000" },
    { name: "Overcast", url: "https://overcast.fm/itunes0000000000" },
  ],
  seasons: { "1": "Foundations", "2": "Tools of the Trade" },
  episodesPerPage: 20,
  latestOnHome: 10,
  // Dates written without a time are that day here, and pages show dates as they are here (IANA name).
  timeZone: "UTC",
});
