import { expect, test } from "@playwright/test";
import { Scratch } from "./scratch.ts";

/**
 * For the tests of one file (or `describe` block): a copy of the site, changed by `prepare`, built
 * once and served by `npm run preview` on `port` until those tests end. Gives the copy, once built.
 */
export function servedCopy(port: number, prepare: (site: Scratch) => void, timeout = 180_000): () => Scratch {
  let site: Scratch | undefined;
  let server: Awaited<ReturnType<Scratch["preview"]>> | undefined;
  test.beforeAll(async ({}, info) => {
    info.setTimeout(timeout);
    site = new Scratch();
    prepare(site);
    const build = await site.run(["build"]);
    expect(build.code, build.output).toBe(0);
    server = await site.preview(port);
  });
  test.afterAll(() => {
    server?.stop();
    site?.dispose();
  });
  return () => site!;
}
