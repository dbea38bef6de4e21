/**
 * Whether the site's own markup holds an element. HTML from an editor's file (show notes, the About
 * page) is rendered inside `[data-untrusted]`, and may imitate any markup of ours there, ids and
 * attributes included: our scripts never act on what lies inside it.
 */
export const ours = (element: Element) => !element.closest("[data-untrusted]");
