/**
 * The header's search link becomes a search box once JavaScript runs; without it, it stays a link to
 * the search page. The box submits to that page, which loads the index only when asked.
 */
export function enhanceSearchLink(): void {
  const link = document.querySelector<HTMLAnchorElement>("a[data-search-link]");
  if (!link || link.getAttribute("aria-current")) return;
  const form = document.createElement("form");
  form.className = "search-box";
  form.role = "search";
  form.action = link.href;
  const input = document.createElement("input");
  input.type = "search";
  input.name = "q";
  input.placeholder = "Search";
  input.setAttribute("aria-label", "Search episodes");
  input.size = 10;
  form.append(input);
  link.replaceWith(form);
}
