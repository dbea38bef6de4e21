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

/**
 * `/` takes the keyboard to search, as on most sites with a search box: the search page's own box
 * where there is one, else the header's. Typed into a field, it is a slash.
 */
export function focusSearchOnSlash(): void {
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable]")) return;
    const box = [...document.querySelectorAll<HTMLInputElement>("#search-input, .search-box input")].find(
      (input) => input.offsetParent !== null,
    );
    if (!box) return;
    event.preventDefault();
    box.focus();
  });
}
