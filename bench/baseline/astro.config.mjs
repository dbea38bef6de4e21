// @ts-check
// The bare Astro baseline: the same episode files, one plain page each, nothing else.
import { defineConfig } from "astro/config";

export default defineConfig({ site: "https://baseline.example.com" });
