import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scratch } from "./scratch.ts";

describe("pages rendered in worker threads (experimental.parallelPrerender)", () => {
  let site: Scratch;
  beforeAll(() => {
    site = new Scratch();
  });
  afterAll(() => site?.dispose());

  it(
    "build the same site, file for file, as pages rendered in the build's own thread",
    { timeout: 300_000 },
    async () => {
      const inOneThread = await site.run(["build"]);
      expect(inOneThread.code, inOneThread.output).toBe(0);
      const expected = site.files("dist");
      expect(Object.keys(expected)).toEqual(
        expect.arrayContaining(["rss.xml", "episodes/s01e06-sentry/index.html", "cards/s01e06-sentry.png"]),
      );
      expect(Object.keys(expected).some((file) => file.startsWith("pagefind/"))).toBe(true);
      // In the build's own thread, the files from the model are made beside the pages.
      expect(inOneThread.output).toMatch(/Files from the model: made in \d+ ms, as the pages began/);

      // Two workers, so that pages are shared out between threads even on a machine of two cores.
      const inWorkers = await site.run(["build"], { PARALLEL_PRERENDER: "2" });
      expect(inWorkers.code, inWorkers.output).toBe(0);
      expect(site.files("dist")).toEqual(expected);
      // Astro's workers run only with its own prerenderer: the files come once the pages are built.
      expect(inWorkers.output).toMatch(/Files from the model: made in \d+ ms, once the pages were built/);
      expect(inWorkers.output).not.toMatch(/not supported by the .* prerenderer/);
    },
  );
});
