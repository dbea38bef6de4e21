/**
 * The header's search link becomes the search box beside it once JavaScript runs; without it, it
 * stays a link to the search page. Both sit in the same reserved cell, so nothing moves. The box
 * submits to the search page, which loads the index only when asked.
 */
export function enhanceSearchLink(): void {
  const link = document.querySelector<HTMLAnchorElement>("a[data-search-link]");
  const form = link?.parentElement?.querySelector<HTMLFormElement>("form.search-box");
  if (!link || !form || link.getAttribute("aria-current")) return;
  form.hidden = false;
  link.hidden = true;
}
