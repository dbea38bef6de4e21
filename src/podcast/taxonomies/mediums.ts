/** The values of `podcast:medium` that the Podcasting 2.0 namespace defines. */
export const MEDIUMS = ["podcast", "music", "video", "film", "audiobook", "newsletter", "blog"] as const;
