// @ts-check
// The bare Astro baseline: the same episode files, one plain page each, nothing else. It builds with
// the site's flags: incremental builds, and parallel prerendering when the bench asks for it.
import { defineConfig } from "astro/config";

const parallel = process.env.PARALLEL_PRERENDER;

export default defineConfig({
  site: "https://baseline.example.com",
  experimental: { incrementalBuild: true, parallelPrerender: parallel === "auto" || Boolean(Number(parallel)) },
});
