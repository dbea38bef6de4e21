import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { servedCopy } from "./served.ts";

// A copy of the site whose content uses hosts beyond the site: an episode with its audio on a CDN,
// a video embedded from an allowEmbeds host, and a picture from another host in its notes. The
// policy must allow exactly those.
const port = Number(process.env.E2E_PORT ?? 4329) + 7;
const CDN = "https://cdn.example.com";
const EMBED = "https://www.youtube-nocookie.com/embed/abc123";
const PICTURES = "https://pictures.example.org";
const EPISODE = [
  "---",
  "title: On the CDN",
  "date: 2024-03-01",
  "season: 3",
  "episode: 1",
  "audio:",
  `  url: ${CDN}/audio/s03e01.mp3`,
  "  length: 26154",
  "  duration: 6",
  "---",
  "",
  "An episode whose audio lies on a CDN, with a video.",
  "",
  `<iframe src="${EMBED}" width="560" height="315" title="The video"></iframe>`,
  "",
  `![The chart we talked about](${PICTURES}/charts/loudness.png)`,
  "",
].join("\n");
const audio = readFileSync("public/audio/s01e00-trailer.mp3");

test.describe.configure({ mode: "serial" });
test.use({ baseURL: `http://127.0.0.1:${port}` });

servedCopy(port, (site) => {
  const config = site.read("src/show.config.ts");
  site.write(
    "src/show.config.ts",
    config.replace("  hosts: [", '  allowEmbeds: ["www.youtube-nocookie.com"],\n  hosts: ['),
  );
  site.write("src/content/episodes/s03e01-on-the-cdn.md", EPISODE);
});

/** Every violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

test("every page carries one policy, with exactly the content's audio host and the allowEmbeds host", async ({
  request,
}) => {
  const policies = new Set<string | undefined>();
  for (const path of [
    "/",
    "/episodes/s03e01-on-the-cdn/",
    "/episodes/s01e02-recording-at-home/",
    "/seasons/",
    "/search/",
    "/trailer/",
  ]) {
    policies.add(policyOf(await (await request.get(path)).text()));
  }
  expect(policies.size).toBe(1);
  const [policy] = [...policies] as string[];
  expect(policy).toContain(`media-src 'self' ${CDN} https://podcast.example.com;`);
  expect(policy).toContain("frame-src https://www.youtube-nocookie.com;");
  expect(policy).toContain(`img-src 'self' ${PICTURES} https://podcast.example.com;`);
  expect(policy).toMatch(/script-src 'self'( '[^']+')*;/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});

test("an embed from an allowEmbeds host loads, and one from elsewhere is blocked", async ({ page }) => {
  const asked: string[] = [];
  await page.route("https://www.youtube-nocookie.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>video</title><p>The video</p>" }),
  );
  await page.route("https://elsewhere.example/**", (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: "text/html", body: "<p>elsewhere</p>" });
  });
  const violations = await watchViolations(page);
  await page.goto("/episodes/s03e01-on-the-cdn/");
  const embed = page.frameLocator(`iframe[src="${EMBED}"]`);
  await expect(embed.getByText("The video")).toBeVisible();
  expect(await violations()).toEqual([]);

  // What a script injected into a page would try: the policy stops it before any request.
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.src = "https://elsewhere.example/embed";
    document.body.append(frame);
  });
  // A report names another site's address by its origin only.
  await expect.poll(violations).toEqual(["frame-src https://elsewhere.example"]);
  expect(asked).toEqual([]);
});

test("audio from the content's CDN plays, and audio from a host it does not use is blocked", async ({ page }) => {
  await page.route(`${CDN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "audio/mpeg", body: audio, headers: { "Accept-Ranges": "bytes" } }),
  );
  const violations = await watchViolations(page);
  await page.goto("/episodes/s03e01-on-the-cdn/");
  await page.evaluate(() => document.querySelector<HTMLAudioElement>("audio")!.play());
  await expect.poll(() => page.evaluate(() => document.querySelector("audio")!.currentTime)).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);

  await page.evaluate(() => new Audio("https://elsewhere.example/a.mp3").play().catch(() => {}));
  await expect.poll(violations).toEqual(["media-src https://elsewhere.example/a.mp3"]);
});

test("a picture that show notes take from another host shows, and one from a host they do not use is blocked", async ({
  page,
}) => {
  const png = readFileSync("public/cover.png");
  await page.route(`${PICTURES}/**`, (route) => route.fulfill({ status: 200, contentType: "image/png", body: png }));
  await page.route("https://elsewhere.example/**", (route) =>
    route.fulfill({ status: 200, contentType: "image/png", body: png }),
  );
  const violations = await watchViolations(page);
  await page.goto("/episodes/s03e01-on-the-cdn/");
  const chart = page.getByRole("img", { name: "The chart we talked about" });
  await expect
    .poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await violations()).toEqual([]);

  await page.evaluate(() => {
    const img = new Image();
    img.src = "https://elsewhere.example/a.png";
    document.body.append(img);
  });
  await expect.poll(violations).toEqual(["img-src https://elsewhere.example/a.png"]);
});
