/**
 * The Content Security Policy's part that travels as a header (`dist/_headers`): what a page's
 * `<meta>` cannot say (`frame-ancestors`), and what holds for every file the site serves.
 */
export const HEADER_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
