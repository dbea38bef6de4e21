import { defineConfig } from "vitest/config";

// Tests that build copies of the site: slower than unit tests, so run on their own, one at a time.
export default defineConfig({
  test: {
    include: ["integration/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
