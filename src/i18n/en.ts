import type { Plural } from "./format.ts";

/**
 * Every string of the site's interface, in English: the base every other locale is checked
 * against (`Strings`), key for key. `{name}` is filled in where the string is used; a string with a
 * count has a form per plural category (`one`, `other`, and others where a language has them).
 * Editors' messages (the content check, the build's problems) are not here: they stay English,
 * the language of the docs.
 */
export const en = {
  // The layout: header, menu, footer.
  skipToContent: "Skip to content",
  mainNav: "Main",
  siteNav: "Site",
  menu: "Menu",
  episodes: "Episodes",
  seasons: "Seasons",
  guests: "Guests",
  tags: "Tags",
  about: "About",
  subscribe: "Subscribe",
  search: "Search",
  searchEpisodes: "Search episodes",
  rssFeed: "RSS feed",
  coverArt: "{show} cover art",
  colourScheme: "Colour scheme",
  schemeLight: "Light",
  schemeDark: "Dark",
  schemeSystem: "System",

  // Episodes, in lists and cards.
  episodeCount: { one: "{count} episode", other: "{count} episodes" },
  episodeLabel: "S{season} E{episode}",
  trailerLabel: "S{season} Trailer",
  season: "Season {number}",
  seasonNamed: "Season {number}: {name}",
  bonus: "Bonus",
  noEpisodes: "No episodes yet.",
  latestEpisode: "Latest episode",
  showNotesAndPlayer: "Show notes and player",
  recentEpisodes: "Recent episodes",
  latestEpisodes: "Latest episodes",
  allEpisodesCount: { one: "All {count} episode", other: "All {count} episodes" },
  podcastCount: { one: "Podcast · {count} episode", other: "Podcast · {count} episodes" },
  aboutTheShow: "About the show",
  pages: "Pages",
  newerEpisodes: "Newer episodes",
  olderEpisodes: "Older episodes",
  pageOf: "Page {page} of {pages}",
  moreEpisodes: "More episodes",
  previous: "Previous",
  next: "Next",
  allOfSeason: "All of {season}",
  showNotes: "Show notes",
  howToSubscribe: "How to subscribe in any app",
  feedCopied: "Feed URL copied: {url}. Paste it into your podcast app.",

  // Dates, lengths and the like (numbers and month names come from Intl).
  dateSpan: "{first} to {last}",
  comma: ", ",
  durationSeconds: "{seconds} s",
  durationMinutes: "{minutes} min",
  durationHours: "{hours} h",
  durationHoursMinutes: "{hours} h {minutes} min",
  megabytes: "{size} MB",
  kilobytes: "{size} KB",

  // The player, on episode pages and in the bar.
  listen: "Listen",
  play: "Play",
  pause: "Pause",
  playTitle: "Play {title}",
  pauseTitle: "Pause {title}",
  played: "Played",
  downloadEpisode: "Download the episode",
  audioMissing: "The audio of “{title}” is not yet available.",
  previousChapter: "Previous chapter",
  nextChapter: "Next chapter",
  speed: "Speed",
  resume: "Resume",
  resumeAt: "Resume at {time}",
  position: "Position",
  timeOf: "{time} of {total}",
  skipBack: { one: "Back {count} second", other: "Back {count} seconds" },
  skipForward: { one: "Forward {count} second", other: "Forward {count} seconds" },
  nowPlaying: "Now playing",
  nothingYet: "Nothing yet",
  allControls: "All controls",
  closePlayer: "Close the player",
  chapters: "Chapters",
  copyLink: "Copy link",
  copyLinkTo: "Copy link to {time}",
  copied: "Copied",
  readTranscript: "Read the transcript",
  soundbites: "Soundbites",
  watch: "Watch",
  downloadVideo: "Download the video",
  location: "Location",
  recordedIn: "Recorded in",
  licence: "Licence",
  joinConversation: "Join the conversation",
  showsWeRecommend: "Shows we recommend",
  transcript: "Transcript",
  downloadTranscript: "Download the transcript: {formats}",
  watchOnYouTube: "Watch {title} on YouTube",
  watchVideoOnYouTube: "Watch the video on YouTube",

  // Guests.
  guestHeading: { one: "Guest", other: "Guests" },
  guestCount: { one: "{count} guest", other: "{count} guests" },
  allGuests: "All guests",
  allGuestsCount: { one: "All {count} guest", other: "All {count} guests" },
  guestsDescription: "Everyone who has been a guest on the show, with their episodes.",
  guestsLead: {
    one: "{count} guest so far, with the episodes they are on.",
    other: "{count} guests so far, each with the episodes they are on.",
  },
  noGuests: "No guests yet.",
  guestOn: { one: "on {count} episode", other: "on {count} episodes" },
  guestDescription: "{name} {episodes}.",
  guestDescriptionRoles: "{name}, {roles}, {episodes}.",
  aboutTheGuest: "About the guest",
  guestEpisodes: { one: "Episode", other: "{count} episodes" },

  // Seasons.
  allSeasons: "All seasons",
  seasonCount: { one: "{count} season", other: "{count} seasons" },
  seasonsLead: "{seasons}, {episodes}.",
  noSeasons: "No seasons yet.",
  seasonLead: "{episodes}, in episode order, from {first} to {last}.",
  seasonLeadOneDay: "{episodes}, in episode order, on {date}.",

  // Tags.
  allTags: "All tags",
  tagsDescription: "Every topic of the show's episodes.",
  tagsLead: {
    one: "{count} topic, and how many episodes it has.",
    other: "{count} topics, and how many episodes each.",
  },
  noTags: "No tags yet.",
  episodesTagged: "Episodes tagged",
  taggedTitle: "Episodes tagged “{tag}”",
  taggedTitlePage: "Episodes tagged “{tag}”, page {page}",
  taggedDescription: {
    one: "{count} episode of {show} tagged {tag}.",
    other: "{count} episodes of {show} tagged {tag}.",
  },

  // The list of all episodes.
  allEpisodes: "All episodes",
  allEpisodesPage: "All episodes, page {page}",
  newestFirst: { one: "{count} episode, newest first.", other: "{count} episodes, newest first." },
  newestFirstPage: {
    one: "{count} episode, newest first: page {page}.",
    other: "{count} episodes, newest first: page {page}.",
  },

  // An episode's transcript page.
  transcriptTitle: "Transcript: {title}",
  transcriptDescription: "The transcript of {title}.",
  transcriptEyebrow: "{label} · Transcript",
  backToEpisode: "Back to the episode",

  // Search.
  searchDescription: "Search every episode: titles, guests, show notes and transcripts.",
  searchLead: "Titles, guests, show notes and transcripts of every episode.",
  searchLabel: "Search the episodes",
  searchPlaceholder: "A topic, a guest, a word",
  searchNoScript: "Search needs JavaScript. Browse {episodes}, the {guests} or the {tags} instead.",
  searchNoScriptEpisodes: "all episodes",
  searchNoScriptGuests: "guests",
  searchNoScriptTags: "tags",
  searching: "Searching…",
  searchFound: {
    one: "{count} episode found for “{term}”.",
    other: "{count} episodes found for “{term}”.",
  },
  searchNone: "No episode found for “{term}”.",

  // Subscribe.
  subscribeTitle: "Subscribe to {show}",
  subscribeDescription: "How to follow {show} in any podcast app.",
  subscribeLead: "Follow the show in your podcast app and every new episode arrives by itself.",
  inYourApp: "In your podcast app",
  anyOtherApp: "Any other app",
  feedAddress: "Every podcast app accepts the show's feed address:",
  copyStep: "Copy the feed address above.",
  findStep:
    "In your app, look for “Add a podcast by URL” (Overcast, Pocket Casts, AntennaPod, Podcast Addict; Apple Podcasts: Library, then “Follow a Show by URL”).",
  pasteStep: "Paste the address and confirm.",

  // The page for an address that has none, and an episode's old address.
  notFoundTitle: "Page not found",
  notFoundEyebrow: "Error 404 · Dead air",
  notFoundLead: "There is no page at this address. It may have moved, or the link may be mistyped.",
  goToLatest: "Go to the latest episodes",
  browseAll: "Browse all episodes",
  movedTitle: "Moved: {title}",
  movedText: "This episode has moved to {link}.",
} satisfies Record<string, string | Plural>;

type English = typeof en;

/** The keys of strings with a count, and of the others. */
export type PluralKey = { [K in keyof English]: English[K] extends string ? never : K }[keyof English];
export type TextKey = Exclude<keyof English, PluralKey>;

/** A locale's table: every key of English's, of the same kind. A key missing fails `astro check`. */
export type Strings = { [K in TextKey]: string } & { [K in PluralKey]: Plural };
