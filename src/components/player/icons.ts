/** The player's icons, drawn rather than typed: fonts lack the media characters or show them as emoji. */
export const ICONS = {
  play: "M8 5.5v13l10.5-6.5z",
  pause: "M7 5h3.5v14H7zm6.5 0H17v14h-3.5z",
  back: "M12 5V2L7 6l5 4V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z",
  forward: "M12 5V2l5 4-5 4V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z",
  previous: "M6 5h2.5v14H6zM19 5v14l-9.5-7z",
  next: "M15.5 5H18v14h-2.5zM5 5v14l9.5-7z",
  close: "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z",
  up: "M12 8l6 6-1.4 1.4-4.6-4.6-4.6 4.6L6 14z",
};

/** The playback speeds offered, in the bar and on an episode's page. */
export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];
