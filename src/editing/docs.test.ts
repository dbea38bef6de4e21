import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkFile } from "./content-check.ts";
import { checkGuestFile } from "./guest-check.ts";
import { DOWNLOAD_LIMITS } from "./import/content-kind.ts";
import { findShortcodes } from "./shortcodes.ts";
import { fakeCheckContext } from "../testing/fixtures.ts";

// The editors' docs show examples to copy: they must stay valid as the site changes.
const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, "utf8");
const blocks = (markdown: string, lang: string) =>
  [...markdown.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);
const context = {
  ...fakeCheckContext(),
  exists: (path: string) => existsSync(`${root}${path}`),
};
const everywhere = fakeCheckContext("everything");

describe("the editors' docs", () => {
  const guide = read("docs/episodes.md");

  it("show every field in a YAML and a TOML example that are valid and mean the same", async () => {
    const yaml = blocks(guide, "md").find((b) => b.startsWith("---\ntitle: Sentry"))!;
    const toml = blocks(guide, "toml").find((b) => b.startsWith("+++\ntitle"))!;
    const [a, b] = await Promise.all(
      [yaml, toml].map((source) => checkFile({ file: "src/content/episodes/s01e06-sentry.md", source }, everywhere)),
    );
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(b.data).toEqual(a.data);
    const table = guide.slice(guide.indexOf("## Every field"), guide.indexOf("The same episode"));
    for (const field of Object.keys(a.front.data)) expect(table).toContain(`\`${field}\``);
  });

  it("show a guest profile that is valid", () => {
    const profile = blocks(guide, "yaml").find((b) => b.startsWith("name: Lin Example"))!;
    expect(checkGuestFile({ file: "src/content/guests/lin-example.yaml", source: profile }).problems).toEqual([]);
  });

  it("show shortcodes that the site has components for", async () => {
    const migration = read("docs/migrating-from-zola-or-hugo.md");
    const example = blocks(migration, "md").find((b) => b.includes("{{ youtube("))!;
    const source = `---\ntitle: T\ndate: 2024-01-01\nseason: 1\nepisode: 1\n---\n\n${example}`;
    expect((await checkFile({ file: "src/content/episodes/s01e01-t.md", source }, context)).problems).toEqual([]);
  });

  it("show Hugo shortcodes that render the same components", async () => {
    const migration = read("docs/migrating-from-zola-or-hugo.md");
    const example = blocks(migration, "md").find((b) => b.includes("{{< youtube "))!;
    const source = `---\ntitle: T\ndate: 2024-01-01\nseason: 1\nepisode: 1\n---\n\n${example}`;
    const checked = await checkFile({ file: "src/content/episodes/s01e01-t.md", source }, context);
    expect(checked.problems).toEqual([]);
    expect(findShortcodes(example).shortcodes.map((s) => [s.name, s.block])).toEqual([
      ["youtube", false],
      ["figure", false],
      ["note", true],
      ["quote", true],
    ]);
  });

  it("link the page on moving from a host from the README", () => {
    expect(read("README.md")).toContain("(docs/moving-from-a-host.md)");
    expect(read("docs/migrating-from-zola-or-hugo.md")).toContain("(moving-from-a-host.md)");
  });

  it("state the import's download limits as the import has them", () => {
    const page = read("docs/moving-from-a-host.md");
    const rows = [...page.matchAll(/^\|[^|]+\| (\d+) MB +\| (\d+) s +\|/gm)].map(([, mb, s]) => [
      Number(mb),
      Number(s),
    ]);
    const limits = Object.values(DOWNLOAD_LIMITS).map((l) => [l.maxBytes / 1024 / 1024, l.timeoutMs / 1000]);
    expect(rows).toEqual(limits);
  });

  it("show the quote component as the site ships it", () => {
    const migration = read("docs/migrating-from-zola-or-hugo.md");
    const shown = blocks(migration, "astro")[0];
    const code = (text: string) =>
      text
        .replace(/^\/\/.*\n/gm, "")
        .replace(/\n+/g, "\n")
        .trim();
    expect(code(read("src/shortcodes/quote.astro"))).toBe(code(shown));
  });
});
