import { expect, test } from "@playwright/test";
import { Scratch } from "./scratch.ts";

// A show with 45 episodes: the episode list pages through them 20 at a time.
test("the episode list has 20 episodes a page and working page links", async ({ page }) => {
  test.setTimeout(120_000);
  const site = new Scratch();
  site.remove("src/content/episodes");
  for (let n = 1; n <= 45; n++) {
    const day = String(1 + (n % 28)).padStart(2, "0");
    const month = String(1 + Math.floor(n / 28)).padStart(2, "0");
    site.write(
      `src/content/episodes/s01e${String(n).padStart(2, "0")}-episode.md`,
      `---\ntitle: Episode ${n}\ndate: 2024-${month}-${day}\nseason: 1\nepisode: ${n}\n---\n\nNotes ${n}.\n`,
    );
  }
  try {
    const build = await site.run(["build"]);
    expect(build.code, build.output).toBe(0);
    const pageAt = (path: string) => site.read(`dist/${path}/index.html`);

    await page.setContent(pageAt("episodes"));
    await expect(page.locator(".episode-card")).toHaveCount(20);
    await expect(page.locator(".episode-card h2").first()).toHaveText("Episode 45");
    await expect(page.getByText("Page 1 of 3")).toBeVisible();
    await expect(page.getByRole("link", { name: "Older episodes" })).toHaveAttribute("href", "/episodes/2/");
    await expect(page.getByRole("link", { name: "Newer episodes" })).toHaveCount(0);

    await page.setContent(pageAt("episodes/2"));
    await expect(page.locator(".episode-card")).toHaveCount(20);
    await expect(page.getByRole("link", { name: "Newer episodes" })).toHaveAttribute("href", "/episodes/");
    await expect(page.getByRole("link", { name: "Older episodes" })).toHaveAttribute("href", "/episodes/3/");

    await page.setContent(pageAt("episodes/3"));
    await expect(page.locator(".episode-card")).toHaveCount(5);
    await expect(page.locator(".episode-card h2").last()).toHaveText("Episode 1");
    await expect(page.getByRole("link", { name: "Older episodes" })).toHaveCount(0);
    expect(site.exists("dist/episodes/4/index.html")).toBe(false);
  } finally {
    site.dispose();
  }
});
