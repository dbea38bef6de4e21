import { expect, type Page, test } from "@playwright/test";

// Show notes that carry the player's own attributes: the content check refuses them
// (integration/hostile-html.test.ts), so here they are put into the notes of the built pages as
// they are served, to show that the player's script holds on its own. Each attack of issue
// "Hostile input, second round" (point 1) must open no dialog and leave no `javascript:` stored.

const EPISODE = "/episodes/s01e02-recording-at-home/";
const SILENT = "/episodes/s01e01-hello-world/"; // an episode without audio, so without a player
const ATTACK = "javascript:alert(document.domain)";
const NOTES = /(<section\b[^>]*aria-label="Show notes"[^>]*>)/;

/** A playable episode as the player's attributes carry it, with a hostile link. */
const hostile = (guid: string, overrides: Record<string, string> = {}) =>
  JSON.stringify({
    guid,
    title: "Resume your episode",
    src: "/audio/s01e00-trailer.mp3",
    url: ATTACK,
    show: "x",
    ...overrides,
  });
/** One whose every field the player would accept: only where it lies gives it away. */
const lookalike = (guid: string) => hostile(guid, { title: "Sign in to go on", url: "/" });
const attribute = (json: string) => json.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** Serves `path` with `markup` at the start of its show notes, to the browser and to the client router. */
async function injectIntoNotes(page: Page, path: string, markup: string) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toMatch(NOTES);
      await route.fulfill({ response, body: html.replace(NOTES, `$1${markup}`) });
    },
  );
}

/** Dialogs and script errors the page shows, and the stored values a test leaves. */
function watch(page: Page) {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { dialogs, errors };
}

const stored = (page: Page) => page.evaluate(() => Object.entries(localStorage).map(([k, v]) => `${k}=${v}`));
const bar = (page: Page) => page.getByRole("complementary", { name: "Now playing" });
/** The bar's link to what plays, shown or not: on the page of the episode playing, the bar gives way to its player. */
const barTitle = (page: Page) => page.locator("body > #player-bar [data-title]");
const barAudio = (page: Page) => page.locator("#player-bar audio");
const time = (page: Page) => barAudio(page).evaluate((a: HTMLAudioElement) => a.currentTime);
const player = (page: Page) => page.getByRole("region", { name: "Listen" });

test("a data-play element in the notes plays nothing, and the bar's title never runs script", async ({ page }) => {
  const seen = watch(page);
  await injectIntoNotes(
    page,
    EPISODE,
    `<span data-play="${attribute(hostile("hostile-play"))}">A hostile play button</span>
    <span data-play="${attribute(lookalike("lookalike-play"))}">A look-alike play button</span>`,
  );
  await page.goto(EPISODE);
  const fakes = [page.getByText("A hostile play button"), page.getByText("A look-alike play button")];
  for (const fake of fakes) await fake.click();
  await expect(bar(page)).toBeHidden();
  // With the episode's own player playing, the fake buttons change nothing either.
  await player(page).getByRole("button", { name: "Play" }).click();
  await expect.poll(() => time(page)).toBeGreaterThan(0.3);
  for (const fake of fakes) await fake.click();
  // The bar shows once the page's own player is out of view.
  await page.mouse.wheel(0, 2000);
  const title = bar(page).getByRole("link");
  await expect(title).toHaveText("Recording at Home");
  await expect(title).toHaveAttribute("href", EPISODE);
  await title.click();
  await expect(page).toHaveURL(EPISODE);
  await page.waitForTimeout(500);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect((await stored(page)).filter((value) => /javascript:|hostile|lookalike/i.test(value))).toEqual([]);
});

for (const [kind, fakeEpisode] of [
  ["with a javascript: link", hostile("hostile-player")],
  ["that looks like ours", lookalike("lookalike-player")],
]) {
  test(`a data-player block ${kind} in the notes of an episode without audio is no player, even at ?t=100`, async ({
    page,
  }) => {
    const seen = watch(page);
    const fake = `<section data-player="${attribute(fakeEpisode)}" aria-label="Hostile player">
    <audio src="/audio/s01e00-trailer.mp3"></audio>
    <div data-controls><button type="button" data-do="toggle">Play the fake</button>
    <input type="range" data-seek min="0" max="600" value="0"><span data-time></span>
    <select data-rate><option value="1">1</option></select>
    <p data-resume hidden><button type="button" data-do="resume">Resume</button></p></div></section>`;
    await injectIntoNotes(page, SILENT, fake);
    await page.goto(`${SILENT}?t=100`);
    await page.getByRole("region", { name: "Hostile player" }).locator("[data-do=toggle]").click();
    await page.waitForTimeout(500);
    await expect(bar(page)).toBeHidden();
    // What a later visit brings back: nothing.
    await page.goto("/seasons/");
    await expect(bar(page)).toBeHidden();
    await page.reload();
    await expect(bar(page)).toBeHidden();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect((await stored(page)).filter((value) => /javascript:|hostile|lookalike/i.test(value))).toEqual([]);
  });
}

test("an element of the notes marked to persist never replaces the bar, and the router carries on", async ({
  page,
}) => {
  const seen = watch(page);
  const phishing = "https://phish.example/sign-in";
  await injectIntoNotes(
    page,
    EPISODE,
    `<div id="player-bar" data-astro-transition-persist="player-bar"><a href="${phishing}">Now playing: sign in to go on</a></div>`,
  );
  const nav = page.getByRole("navigation", { name: "Main" });
  // The bar is ours, with what plays; the phishing link is nowhere but in the notes that hold it.
  const ourBar = async () => {
    const inNotes = new URL(page.url()).pathname === EPISODE ? 1 : 0;
    await expect(barTitle(page)).toHaveText("Recording at Home");
    await expect(page.locator(`a[href="${phishing}"]`)).toHaveCount(inNotes);
    await expect(page.locator(`[aria-label="Show notes"] a[href="${phishing}"]`)).toHaveCount(inNotes);
  };

  // Leaving the page whose notes hold it, playing, for two pages.
  await page.goto(EPISODE);
  await player(page).getByRole("button", { name: "Play" }).click();
  await expect.poll(() => time(page)).toBeGreaterThan(0.3);
  await barAudio(page).evaluate((a) => ((window as unknown as { playing: Element }).playing = a));
  await nav.getByRole("link", { name: "Episodes" }).click();
  await expect(page).toHaveURL("/episodes/");
  await ourBar();
  // Coming to it, and leaving it again.
  await page.getByRole("main").getByRole("link", { name: "Recording at Home" }).first().click();
  await expect(page).toHaveURL(EPISODE);
  await ourBar();
  await nav.getByRole("link", { name: "Seasons" }).click();
  await expect(page).toHaveURL("/seasons/");
  await ourBar();
  const before = await time(page);
  await expect.poll(() => time(page)).toBeGreaterThan(before + 0.5);
  const same = await barAudio(page).evaluate((a) => (window as unknown as { playing: Element }).playing === a);
  expect(same).toBe(true);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("a hostile episode stored in localStorage is dropped, not offered on the next page", async ({ page }) => {
  const seen = watch(page);
  const store = (entries: Record<string, string>) =>
    page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), entries);
  await page.goto("/");
  await store({ last: hostile("hostile-stored"), "pos:hostile-stored": "100", rate: "1e999" });
  await page.reload();
  await expect(bar(page)).toBeHidden();
  expect((await stored(page)).filter((value) => /javascript:/i.test(value))).toEqual([]);
  // A protocol-relative address is another site's: dropped the same.
  const offSite = hostile("off-site", { src: "//evil.example/a.mp3", url: "//evil.example/" });
  await store({ last: offSite, "pos:off-site": "100" });
  await page.goto("/seasons/");
  await expect(bar(page)).toBeHidden();
  expect((await stored(page)).filter((value) => value.startsWith("last="))).toEqual([]);
  // The episode's own player still plays, at a sane speed.
  await page.goto(EPISODE);
  await player(page).getByRole("button", { name: "Play" }).click();
  await expect.poll(() => time(page)).toBeGreaterThan(0.3);
  expect(await barAudio(page).evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect((await stored(page)).filter((value) => /javascript:|evil\.example/i.test(value))).toEqual([]);
});

test("?t= with 309 digits opens the episode at its end, not at Infinity:NaN:NaN", async ({ page }) => {
  const seen = watch(page);
  await page.goto(`${EPISODE}?t=${"9".repeat(309)}`);
  await expect(player(page).locator("[data-time]")).toHaveText("0:57 / 0:57");
  await expect(page.locator("body")).not.toContainText("NaN");
  expect(seen.errors).toEqual([]);
});
