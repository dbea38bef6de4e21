import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

// The player of issue "Listening", against the demo episode with real speech (57 s, chapters at
// 0:00, 0:16, 0:29, 0:40 and 0:50, and a WebVTT transcript). Chromium runs with autoplay allowed.
const EPISODE = "/episodes/s01e02-recording-at-home/";
const TRANSCRIPT = `${EPISODE}transcript/`;

/** The one <audio> that plays: the persistent bar's. */
const bar = (page: Page) => page.locator("#player-bar audio");
const time = (page: Page) => bar(page).evaluate((a: HTMLAudioElement) => a.currentTime);
const paused = (page: Page) => bar(page).evaluate((a: HTMLAudioElement) => a.paused);
const player = (page: Page) => page.getByRole("region", { name: "Listen" });

async function startPlaying(page: Page) {
  await player(page).getByRole("button", { name: "Play" }).click();
  await expect.poll(() => time(page)).toBeGreaterThan(0.3);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the native audio plays, with the file's format, size and duration, chapters and transcript", async ({
    page,
  }) => {
    await page.goto(EPISODE);
    const audio = page.locator("audio[controls]");
    await expect(audio).toHaveAttribute("preload", "none");
    await audio.evaluate((a: HTMLAudioElement) => a.play());
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.5);
    await expect(player(page).locator(".download")).toHaveText("Download the episode (MP3, 224 KB) · 0:57");
    await expect(page.getByRole("region", { name: "Chapters" }).getByRole("listitem")).toHaveText([
      "0:00 Intro",
      "0:16 The room",
      "0:29 The microphone",
      "0:40 Two voices",
      "0:50 Outro",
    ]);
    await page.getByRole("link", { name: "Read the transcript" }).click();
    await expect(page).toHaveURL(TRANSCRIPT);
    const cues = page.getByRole("region", { name: "Transcript" }).getByRole("listitem");
    await expect(cues.first()).toHaveText(/^0:00\s*Sam Placeholder\s*Welcome to Demo Cast\./);
    await expect(cues.nth(1)).toContainText("Lin Example");
    await expect(page.locator("audio[controls]")).toBeVisible();
  });
});

test("play moves the time forward and shows it in the player, and in the bar once the player is out of view", async ({
  page,
}) => {
  await page.goto(EPISODE);
  await expect(page.locator("audio[controls]")).toBeHidden();
  await startPlaying(page);
  await expect(player(page).getByRole("button", { name: "Pause" })).toBeVisible();
  // One episode, one control: the bar gives way to the page's own player while it is in view.
  await expect(page.getByRole("button", { name: "Pause", exact: true })).toHaveCount(1);
  const bar = page.getByRole("complementary", { name: "Now playing" });
  await expect(bar).toBeHidden();
  await page.getByRole("heading", { name: "Show notes" }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 600);
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("link", { name: "Recording at Home" })).toHaveAttribute("href", EPISODE);
  await expect(player(page).locator("[data-time]")).toHaveText(/^0:0[1-9] \/ 0:57$/, { timeout: 5000 });
  const mediaTitle = await page.evaluate(() => navigator.mediaSession.metadata?.title);
  expect(mediaTitle).toBe("Recording at Home");
});

test("a speed change sets the playback rate, remembered on the next episode page", async ({ page }) => {
  await page.goto(EPISODE);
  await startPlaying(page);
  await player(page).getByLabel("Speed").selectOption("1.5");
  expect(await bar(page).evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
  await page.reload();
  await expect(player(page).getByLabel("Speed")).toHaveValue("1.5");
  await startPlaying(page);
  expect(await bar(page).evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
});

test("a chapter click seeks, and the current chapter is highlighted", async ({ page }) => {
  await page.goto(EPISODE);
  const chapters = page.getByRole("region", { name: "Chapters" }).getByRole("listitem");
  await chapters.nth(2).getByRole("link", { name: "0:29" }).click();
  await expect.poll(() => time(page)).toBeGreaterThanOrEqual(29);
  expect(await paused(page)).toBe(false);
  await expect(page).toHaveURL(EPISODE);
  await expect(chapters.nth(2)).toHaveAttribute("aria-current", "true");
  await expect(page.locator("[data-chapter][aria-current]")).toHaveCount(1);
  await player(page).getByRole("button", { name: "Next chapter" }).click();
  await expect.poll(() => time(page)).toBeGreaterThanOrEqual(40);
  await expect(chapters.nth(3)).toHaveAttribute("aria-current", "true");
  await player(page).getByRole("button", { name: "Back 15 seconds" }).click();
  await expect.poll(() => time(page)).toBeLessThan(40);
  await expect(chapters.nth(2)).toHaveAttribute("aria-current", "true");
});

test("a cue click on the transcript page seeks, and the current cue is highlighted", async ({ page }) => {
  await page.goto(TRANSCRIPT);
  const cues = page.getByRole("region", { name: "Transcript" }).getByRole("listitem");
  await cues.nth(3).getByRole("link", { name: "0:20" }).click();
  await expect.poll(() => time(page)).toBeGreaterThanOrEqual(20.8);
  await expect(cues.nth(3)).toHaveAttribute("aria-current", "true");
  await expect(page.locator("[data-cue][aria-current]")).toHaveCount(1);
  await expect(cues.nth(4)).toHaveAttribute("aria-current", "true", { timeout: 12_000 });
});

test("the transcript page follows the cue playing, unless the listener scrolls away", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 300 });
  await page.goto(`${TRANSCRIPT}?t=15`);
  const cues = page.getByRole("region", { name: "Transcript" }).getByRole("listitem");
  await expect(cues.nth(2)).not.toBeInViewport();
  await player(page).getByRole("button", { name: "Play" }).click();
  await expect(cues.nth(2)).toHaveAttribute("aria-current", "true", { timeout: 8000 });
  // The page glides to the cue; the listener scrolls once it has arrived, as a wheel during the
  // glide may be overtaken by it.
  await expect(cues.nth(2)).toBeInViewport({ ratio: 1 });
  const top = () => page.evaluate(() => window.scrollY);
  let settled = -1;
  await expect.poll(async () => settled === (settled = await top())).toBe(true);
  await page.mouse.move(400, 150);
  await page.mouse.wheel(0, -5000);
  await expect.poll(top).toBeLessThan(settled);
  await expect(cues.nth(3)).toHaveAttribute("aria-current", "true", { timeout: 8000 });
  await expect(cues.nth(3)).not.toBeInViewport();
});

test("show-note timestamps and the timestamp shortcode seek the player", async ({ page }) => {
  await page.goto(EPISODE);
  const notes = page.getByRole("region", { name: "Show notes" });
  await notes.getByRole("link", { name: "0:40" }).click();
  await expect.poll(() => time(page)).toBeGreaterThanOrEqual(40);
  await notes.getByRole("link", { name: "“You need less than you think.”" }).click();
  await expect.poll(() => time(page)).toBeLessThan(12);
  expect(await time(page)).toBeGreaterThanOrEqual(8);
});

for (const [address, seconds] of [
  ["?t=0:20", 20],
  ["?t=33", 33],
  ["#t=0:45", 45],
] as const) {
  test(`${address} opens the page ready to play at ${seconds} s`, async ({ page }) => {
    await page.goto(`${EPISODE}${address}`);
    await expect(player(page).locator("[data-time]")).toHaveText(`0:${seconds} / 0:57`);
    expect(await time(page)).toBeCloseTo(seconds, 0);
    expect(await paused(page)).toBe(true);
    await player(page).getByRole("button", { name: "Play" }).click();
    await expect.poll(() => time(page)).toBeGreaterThan(seconds + 0.3);
  });
}

test("#t=start,end plays the range and stops at its end", async ({ page }) => {
  await page.goto(`${EPISODE}#t=0:10,0:12`);
  await player(page).getByRole("button", { name: "Play" }).click();
  await expect.poll(() => paused(page), { timeout: 8000 }).toBe(true);
  const stopped = await time(page);
  expect(stopped).toBeGreaterThanOrEqual(12);
  expect(stopped).toBeLessThan(13);
});

test("the position comes back after a reload, offered as a resume", async ({ page }) => {
  await page.goto(`${EPISODE}`);
  await page.getByRole("region", { name: "Chapters" }).getByRole("link", { name: "0:29" }).click();
  await expect.poll(() => time(page)).toBeGreaterThan(30);
  await player(page).getByRole("button", { name: "Pause" }).click();
  await page.reload();
  const resume = player(page).getByRole("button", { name: /^Resume at 0:3\d$/ });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect.poll(() => time(page)).toBeGreaterThan(30);
  expect(await paused(page)).toBe(false);
});

test("the bar comes back on any page after a reload, paused where it stopped, and goes on from there", async ({
  page,
}) => {
  await page.goto(EPISODE);
  await page.getByRole("region", { name: "Chapters" }).getByRole("link", { name: "0:29" }).click();
  await expect.poll(() => time(page)).toBeGreaterThan(30);
  await player(page).getByRole("button", { name: "Pause" }).click();
  await page.goto("/seasons/");
  const nowPlaying = page.getByRole("complementary", { name: "Now playing" });
  await expect(nowPlaying).toContainText("Recording at Home");
  await expect(nowPlaying).toContainText(/0:3\d/);
  expect(await paused(page)).toBe(true);
  await nowPlaying.getByRole("button", { name: "Play", exact: true }).click();
  await expect.poll(() => time(page)).toBeGreaterThan(31);
  expect(await paused(page)).toBe(false);
});

test("playback continues across two navigations, on the same audio element", async ({ page }) => {
  await page.goto(EPISODE);
  await startPlaying(page);
  await bar(page).evaluate((a) => ((window as unknown as { playing: Element }).playing = a));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Episodes" }).click();
  await expect(page).toHaveURL("/episodes/");
  const before = await time(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Seasons" }).click();
  await expect(page).toHaveURL("/seasons/");
  await expect.poll(() => time(page)).toBeGreaterThan(before + 1);
  const same = await bar(page).evaluate((a) => (window as unknown as { playing: Element }).playing === a);
  expect(same).toBe(true);
  expect(await paused(page)).toBe(false);
  await expect(page.getByRole("complementary", { name: "Now playing" })).toContainText("Recording at Home");
});

test("a play button on the home page starts an episode without leaving, one at a time, and shows Pause while it plays", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Play Recording at Home" }).click();
  await expect.poll(() => time(page)).toBeGreaterThan(0.3);
  await expect(page).toHaveURL("/");
  // The card's control is now the one that pauses, pressed; never a dimmed play.
  const playing = page.getByRole("button", { name: "Pause Recording at Home" });
  await expect(playing).toHaveAttribute("aria-pressed", "true");
  await expect(playing.locator("svg.pause")).toBeVisible();
  await expect(playing.locator("svg.play")).toBeHidden();
  expect(await playing.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  await page.getByRole("button", { name: "Play Welcome to Demo Cast" }).click();
  await expect(page.getByRole("complementary", { name: "Now playing" })).toContainText("Welcome to Demo Cast");
  await expect(page.getByRole("button", { name: "Play Recording at Home" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("audio")).toHaveCount(1);
  expect(await bar(page).evaluate((a: HTMLAudioElement) => a.src)).toMatch(/s01e00-trailer\.mp3$/);
});

test("an episode heard to the end is marked as played on the lists", async ({ page }) => {
  await page.goto(`${EPISODE}?t=55`);
  await player(page).getByRole("button", { name: "Play" }).click();
  await expect.poll(() => bar(page).evaluate((a: HTMLAudioElement) => a.ended), { timeout: 8000 }).toBe(true);
  await page.goto("/episodes/");
  const card = page.locator("article", { has: page.getByRole("link", { name: "Recording at Home" }) });
  await expect(card.getByText("Played")).toBeVisible();
  const other = page.locator("article", { has: page.getByRole("link", { name: "Welcome to Demo Cast" }) });
  await expect(other.getByText("Played")).toBeHidden();
});

test("the keyboard plays, pauses and skips: space, k, j, l and the arrows", async ({ page }) => {
  await page.goto(EPISODE);
  const toggle = player(page).getByRole("button", { name: "Play" });
  await toggle.focus();
  await page.keyboard.press("Space");
  await expect.poll(() => paused(page)).toBe(false);
  await page.keyboard.press("l");
  await expect.poll(() => time(page)).toBeGreaterThanOrEqual(30);
  await page.keyboard.press("j");
  await expect.poll(() => time(page)).toBeLessThan(30);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => time(page)).toBeGreaterThanOrEqual(45);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => time(page)).toBeLessThan(45);
  await page.keyboard.press("k");
  await expect.poll(() => paused(page)).toBe(true);
  await player(page).getByRole("button", { name: "Forward 30 seconds" }).focus();
  await page.keyboard.press("ArrowUp");
  await expect(player(page).getByLabel("Speed")).toHaveValue("1.25");
});

test("copy link to this moment puts the moment's address on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(EPISODE);
  await page.getByRole("button", { name: "Copy link to 0:29" }).click();
  await expect(page.getByRole("button", { name: "Copy link to 0:29" })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/episodes\/s01e02-recording-at-home\/\?t=29$/,
  );
});

for (const path of [EPISODE, TRANSCRIPT]) {
  test(`axe passes with the player open and playing on ${path}`, async ({ page }) => {
    test.slow();
    await page.goto(path);
    await startPlaying(page);
    await page.getByRole("region", { name: "Listen" }).getByRole("button", { name: "Pause" }).focus();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the lock screen's keys play, pause, seek, and move by chapter (Media Session)", async ({ page }) => {
  // Keep each handler the page gives the browser, to press the keys a lock screen would.
  await page.addInitScript(() => {
    const kept: Record<string, MediaSessionActionHandler> = {};
    (window as unknown as { mediaKeys: typeof kept }).mediaKeys = kept;
    const set = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
    navigator.mediaSession.setActionHandler = (action, handler) => {
      if (handler) kept[action] = handler;
      set(action, handler);
    };
  });
  await page.goto(EPISODE);
  await startPlaying(page);
  const press = (action: string, details: Record<string, unknown> = {}) =>
    page.evaluate(
      ([action, details]) =>
        (window as unknown as { mediaKeys: Record<string, (d: unknown) => void> }).mediaKeys[action as string]({
          action,
          ...(details as object),
        }),
      [action, details] as const,
    );
  const time = () => bar(page).evaluate((a: HTMLAudioElement) => a.currentTime);
  const paused = () => bar(page).evaluate((a: HTMLAudioElement) => a.paused);

  await press("pause");
  expect(await paused()).toBe(true);
  await press("seekto", { seekTime: 20 });
  expect(await time()).toBeCloseTo(20, 0);
  await press("seekforward");
  expect(await time()).toBeCloseTo(50, 0);
  await press("seekbackward");
  expect(await time()).toBeCloseTo(35, 0);
  await press("nexttrack");
  expect(await time()).toBeCloseTo(40, 0);
  await press("previoustrack");
  expect(await time()).toBeLessThan(40);
  await press("play");
  await expect.poll(paused).toBe(false);
});

test.describe("the bar", () => {
  const nowPlaying = (page: Page) => page.getByRole("complementary", { name: "Now playing" });

  for (const scheme of ["light", "dark"] as const) {
    test(`shows the art, title and label, a seek bar with chapter marks, the times, speed and close, raised from the page in the ${scheme} scheme, on the content's column`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(EPISODE);
      await startPlaying(page);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Seasons" }).click();
      await expect(page).toHaveURL("/seasons/");
      const bar = nowPlaying(page);
      await expect(bar).toBeVisible();
      await expect(bar.locator("img")).toBeVisible();
      expect(await bar.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      await expect(bar.getByRole("link", { name: "Recording at Home" })).toHaveAttribute("href", EPISODE);
      await expect(bar).toContainText("S01 E02");
      await expect(bar.getByRole("slider", { name: "Position" })).toBeVisible();
      await expect(bar.locator("[data-marks] span")).toHaveCount(5);
      await expect(bar.locator("[data-total]")).toHaveText("0:57");
      await expect(bar).toContainText(/Intro|The room/);
      for (const name of ["Pause", "Back 15 seconds", "Forward 30 seconds", "Close the player"])
        await expect(bar.getByRole("button", { name })).toBeVisible();
      await expect(bar.getByRole("combobox", { name: "Speed" })).toBeVisible();
      const [barColour, pageColour] = await Promise.all([
        bar.evaluate((el) => getComputedStyle(el).backgroundColor),
        page.evaluate(() => getComputedStyle(document.body).backgroundColor),
      ]);
      expect(barColour).not.toBe(pageColour);
      const art = (await bar.locator("img").boundingBox())!;
      const content = (await page.locator("main h1").boundingBox())!;
      expect(Math.abs(art.x - content.x)).toBeLessThanOrEqual(8);
    });
  }

  test("close stops the audio and takes the bar away, also after a reload", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Play Recording at Home" }).click();
    await expect.poll(() => time(page)).toBeGreaterThan(0.3);
    await nowPlaying(page).getByRole("button", { name: "Close the player" }).click();
    await expect(nowPlaying(page)).toBeHidden();
    expect(await paused(page)).toBe(true);
    await expect(page.getByRole("button", { name: "Play Recording at Home" })).toHaveAttribute("aria-pressed", "false");
    await page.reload();
    await expect(nowPlaying(page)).toBeHidden();
  });

  test("on the playing episode's page, one control is named Pause", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Play Recording at Home" }).click();
    await expect.poll(() => time(page)).toBeGreaterThan(0.3);
    await page.getByRole("link", { name: "Recording at Home" }).first().click();
    await expect(page).toHaveURL(EPISODE);
    await expect(player(page).getByRole("button", { name: "Pause" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Pause/ })).toHaveCount(1);
    await player(page).getByRole("button", { name: "Pause" }).click();
    expect(await paused(page)).toBe(true);
    await expect(page.getByRole("button", { name: /^Pause/ })).toHaveCount(0);
  });

  test("on a phone, is a row of art, title, play and a line of progress that opens to every control", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await page.getByRole("button", { name: "Play Recording at Home" }).click();
    await expect.poll(() => time(page)).toBeGreaterThan(0.5);
    const bar = nowPlaying(page);
    const row = (await bar.boundingBox())!;
    expect(row.height).toBeLessThanOrEqual(72);
    await expect(bar.locator("img")).toBeVisible();
    await expect(bar.getByRole("button", { name: "Pause" })).toBeVisible();
    await expect(bar.getByRole("slider", { name: "Position" })).toBeHidden();
    const line = await bar.locator("[data-progress]").evaluate((el) => el.getBoundingClientRect().width);
    expect(line).toBeGreaterThan(0);
    const open = bar.getByRole("button", { name: "All controls" });
    await open.click();
    await expect(open).toHaveAttribute("aria-expanded", "true");
    for (const name of ["Back 15 seconds", "Forward 30 seconds", "Close the player"])
      await expect(bar.getByRole("button", { name })).toBeVisible();
    await expect(bar.getByRole("slider", { name: "Position" })).toBeVisible();
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  });
});

test("the episode page's player is one box with one large accent play button, a styled speed, and a full-width seek bar on a phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(EPISODE);
  const box = player(page);
  const play = box.getByRole("button", { name: "Play" });
  const size = (await play.boundingBox())!;
  expect(size.width).toBeGreaterThanOrEqual(56);
  const [fill, accent] = await play.evaluate((el) => [
    getComputedStyle(el).backgroundColor,
    getComputedStyle(document.documentElement).getPropertyValue("--accent"),
  ]);
  expect(fill).not.toBe("rgba(0, 0, 0, 0)");
  expect(accent).toBeTruthy();
  // No box inside the box.
  const inner = await box.locator("[data-controls]").evaluate((el) => getComputedStyle(el).borderTopWidth);
  expect(inner).toBe("0px");
  const seek = (await box.getByRole("slider", { name: "Position" }).boundingBox())!;
  const whole = (await box.boundingBox())!;
  expect(seek.width).toBeGreaterThan(whole.width - 48);
  const speed = box.getByLabel("Speed");
  expect(await speed.evaluate((el) => getComputedStyle(el).appearance)).toBe("none");
});

test('"Copy link" shows on the chapter or cue under the pointer or the focus, one at a time', async ({ page }) => {
  for (const path of [EPISODE, TRANSCRIPT]) {
    await page.goto(path);
    const rows = page.locator("[data-chapter], [data-cue]");
    await expect(rows.first().locator(".copy")).toBeAttached();
    const shown = () =>
      page.locator(".copy").evaluateAll((all) => all.filter((el) => getComputedStyle(el).opacity !== "0").length);
    expect(await shown(), path).toBe(0);
    await rows.nth(2).hover();
    expect(await shown(), path).toBe(1);
    await expect(rows.nth(2).locator(".copy")).toHaveCSS("opacity", "1");
    await page.mouse.move(0, 0);
    await rows.nth(1).locator("a").first().focus();
    expect(await shown(), path).toBe(1);
    await expect(rows.nth(1).locator(".copy")).toHaveCSS("opacity", "1");
  }
});

test("every timestamp has one look, with tabular figures: show notes, chapters and transcript", async ({ page }) => {
  const look = (locator: ReturnType<Page["locator"]>) =>
    locator.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.fontFamily, style.fontWeight, style.backgroundColor, style.color, style.fontVariantNumeric];
    });
  await page.goto(EPISODE);
  const notes = await look(page.getByRole("region", { name: "Show notes" }).getByRole("link", { name: "0:16" }));
  const chapter = await look(page.getByRole("region", { name: "Chapters" }).getByRole("link", { name: "0:16" }));
  await page.goto(TRANSCRIPT);
  const cue = await look(page.getByRole("region", { name: "Transcript" }).getByRole("link", { name: "0:16" }));
  expect(notes).toEqual(chapter);
  expect(cue).toEqual(chapter);
  expect(chapter[4]).toBe("tabular-nums");
});
