import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { buildSite, removeScratch, scratchSite } from "./support/scratch-site";

// A show with 45 episodes: the episode list pages through them 20 at a time.
test("the episode list has 20 episodes a page and working page links", async ({ page }) => {
  test.setTimeout(120_000);
  const episodes = mkdtempSync(join(tmpdir(), "episodes-"));
  for (let n = 1; n <= 45; n++) {
    const day = String(1 + (n % 28)).padStart(2, "0");
    const month = String(1 + Math.floor(n / 28)).padStart(2, "0");
    writeFileSync(
      join(episodes, `s01e${String(n).padStart(2, "0")}-episode.md`),
      `---\ntitle: Episode ${n}\ndate: 2024-${month}-${day}\nseason: 1\nepisode: ${n}\n---\n\nNotes ${n}.\n`,
    );
  }
  const dir = scratchSite(episodes);
  try {
    const build = buildSite(dir);
    expect(build.ok, build.output).toBe(true);
    const pageAt = (path: string) => readFileSync(join(build.dist, path, "index.html"), "utf8");

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
    expect(existsSync(join(build.dist, "episodes/4/index.html"))).toBe(false);
  } finally {
    removeScratch(dir);
    rmSync(episodes, { recursive: true, force: true });
  }
});
