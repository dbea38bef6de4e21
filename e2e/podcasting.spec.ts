import { expect, type Page, test } from "@playwright/test";

// What the demo's Podcasting 2.0 fields and settings show on the pages: soundbites that play,
// the trailer's video, the place, the licence, the conversation, the podroll and the funding link.
const EPISODE = "/episodes/s01e02-recording-at-home/";
const TRAILER = "/episodes/s01e00-trailer/";

const bar = (page: Page) => page.locator("#player-bar audio");
const time = (page: Page) => bar(page).evaluate((a: HTMLAudioElement) => a.currentTime);
const soundbites = (page: Page) => page.getByRole("region", { name: "Soundbites" });

test("a soundbite plays from its moment", async ({ page }) => {
  await page.goto(EPISODE);
  await expect(soundbites(page).getByRole("listitem")).toHaveText([
    "0:08 You need less than you think 4 s",
    "0:29 Where the microphone goes 11 s",
  ]);
  await soundbites(page).getByRole("link", { name: "0:29" }).click();
  await expect.poll(() => time(page)).toBeGreaterThanOrEqual(29);
  expect(await bar(page).evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
  await expect(page).toHaveURL(EPISODE);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a soundbite is a link to its moment, and the video plays in the browser's own player", async ({ page }) => {
    await page.goto(EPISODE);
    await expect(soundbites(page).getByRole("link", { name: "0:08" })).toHaveAttribute("href", "?t=8");
    await page.goto(TRAILER);
    const video = page.getByRole("region", { name: "Watch" }).locator("video");
    await expect(video).toHaveAttribute("src", "/video/s01e00-trailer.webm");
    await expect(video).toHaveAttribute("controls", "");
  });
});

test("the video alternate is offered, and plays", async ({ page, request }) => {
  await page.goto(TRAILER);
  const video = page.getByRole("region", { name: "Watch" }).locator("video");
  await expect(video).toBeVisible();
  const src = await video.getAttribute("src");
  expect((await request.get(src!)).headers()["content-type"]).toMatch(/^video\/webm/);
  await video.evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.2);
});

test("the episode page names its place and licence, and links the conversation", async ({ page }) => {
  await page.goto(EPISODE);
  await expect(page.getByRole("term")).toHaveText(["Recorded in", "Licence"]);
  await expect(page.getByRole("definition")).toHaveText(["Berlin", "CC-BY-4.0"]);
  await expect(page.getByRole("link", { name: "Berlin" })).toHaveAttribute(
    "href",
    "https://www.openstreetmap.org/relation/62422",
  );
  await expect(page.getByRole("link", { name: "CC-BY-4.0" })).toHaveAttribute(
    "href",
    "https://spdx.org/licenses/CC-BY-4.0.html",
  );
  await expect(page.getByRole("link", { name: "Join the conversation" })).toHaveAttribute(
    "href",
    "https://podcastindex.social/@democast/111111111111111111",
  );
});

test("the About page lists the podroll, and the subscribe block the funding link", async ({ page }) => {
  await page.goto("/about/");
  const podroll = page.getByRole("region", { name: "Shows we recommend" });
  await expect(podroll.getByRole("link")).toHaveText(["Podcasting 2.0"]);
  await expect(podroll.getByRole("link")).toHaveAttribute("href", "https://podcasting2.org/");
  await page.goto(EPISODE);
  await expect(
    page.getByRole("region", { name: "Subscribe" }).getByRole("link", { name: "Support Demo Cast" }),
  ).toHaveAttribute("href", "https://www.patreon.com/democast");
});
