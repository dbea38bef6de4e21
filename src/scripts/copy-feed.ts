import { ours } from "./ours.ts";
import { text } from "./strings.ts";

/**
 * The RSS link copies the feed's URL instead of opening raw XML, which browsers show as text; it says
 * so in a status line. Without JavaScript, or if the clipboard refuses, it stays a plain link.
 */
export function copyFeedOnClick(): void {
  for (const link of [...document.querySelectorAll<HTMLAnchorElement>("a[data-copy]")].filter(ours)) {
    link.addEventListener("click", (event) => {
      if (!navigator.clipboard) return;
      event.preventDefault();
      const status = link.closest("section")?.querySelector<HTMLElement>("[data-copy-status]");
      navigator.clipboard.writeText(link.dataset.copy!).then(
        () => {
          if (status) status.textContent = text("feedCopied", { url: link.dataset.copy! });
        },
        () => (location.href = link.href),
      );
    });
  }
}
