import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";

// The Content Security Policy holds on the built site: no page reports a violation, while it loads,
// plays, searches, or hands over to the next page through the client router.
const EPISODE = "/episodes/s01e02-recording-at-home/";

/** Every violation the page reports, from before its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

const bar = (page: Page) => page.locator("#player-bar audio");
const playing = (page: Page) => bar(page).evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0);

for (const [what, path] of [
  ["the home page", "/"],
  ["a guest page", "/guests/lin-example/"],
  ["a transcript page", `${EPISODE}transcript/`],
  ["the season index", "/seasons/"],
]) {
  test(`${what} loads with no violation of the policy`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
  });
}

test("an episode plays with no violation, and plays on across pages with none", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(EPISODE);
  await page.getByRole("region", { name: "Listen" }).getByRole("button", { name: "Play" }).click();
  await expect.poll(() => playing(page)).toBe(true);
  expect(await violations()).toEqual([]);

  // The client router brings each page into the same document, the bar's <audio> still playing.
  for (const link of ["Seasons", "Episodes"]) {
    await page.getByRole("link", { name: link, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${link.toLowerCase()}/$`));
    await page.waitForLoadState("networkidle");
  }
  await expect.poll(() => playing(page)).toBe(true);
  // Seeking asks the server for another range of the file, under the policy now in force.
  await bar(page).evaluate((a: HTMLAudioElement) => (a.currentTime = 30));
  await expect.poll(() => bar(page).evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(30);
  expect(await violations()).toEqual([]);
});

test("search finds with a query, with no violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/search/?q=Sentry");
  await expect(page.locator(".search-result").getByRole("link", { name: "Sentry" })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("every page carries the same policy: scripts by hash only, frames from nowhere, the header adds frame-ancestors", async ({
  request,
}) => {
  const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  const pages = ["/", EPISODE, `${EPISODE}transcript/`, "/seasons/", "/search/", "/about/", "/404.html", "/trailer/"];
  const policies = new Set(
    await Promise.all(pages.map(async (path) => policyOf(await (await request.get(path)).text()))),
  );
  expect(policies.size).toBe(1);
  const [policy] = [...policies] as string[];
  expect(policy).toMatch(/^default-src 'self';/);
  expect(policy).toContain("object-src 'none';");
  expect(policy).toContain("frame-src 'none';");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+;/);
  expect(policy).not.toContain("unsafe-inline");
  // The demo's audio and art are the site's own.
  expect(policy).toContain("media-src 'self' https://podcast.example.com;");
  const header = (await request.get("/")).headers()["content-security-policy"];
  expect(header).toBe(/Content-Security-Policy: (.*)/.exec(readFileSync("dist/_headers", "utf8"))![1]);
  expect(header).toContain("frame-ancestors 'none'");
});
