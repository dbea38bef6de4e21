import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf, runningFiles } from "./imports.ts";

const specifiers = (file: string, text: string) => importsOf(file, text).map((i) => i.specifier);

describe("the imports of a source file", () => {
  it("finds every form of import and tells type-only imports apart", () => {
    const text = [
      'import a from "./a.ts";',
      'import { type B, c } from "./c.ts";',
      'import type { D } from "./d.ts";',
      'import "./side.css";',
      'export { e } from "./e.ts";',
      'export type { F } from "./f.ts";',
      "import {",
      "  g,",
      "  h,",
      '} from "./g.ts";',
      'const later = await import("./later.ts");',
      "const env = import.meta.env;",
    ].join("\n");
    expect(importsOf("x.ts", text)).toEqual([
      { specifier: "./a.ts", typeOnly: false },
      { specifier: "./c.ts", typeOnly: false },
      { specifier: "./d.ts", typeOnly: true },
      { specifier: "./side.css", typeOnly: false },
      { specifier: "./e.ts", typeOnly: false },
      { specifier: "./f.ts", typeOnly: true },
      { specifier: "./g.ts", typeOnly: false },
      { specifier: "./later.ts", typeOnly: false },
    ]);
  });

  it("reads no import in a comment, and keeps strings that hold comment marks", () => {
    const text = [
      '// import old from "./old.ts";',
      '/* import gone from "./gone.ts"; */',
      'const url = "https://example.com/"; import kept from "./kept.ts";',
    ].join("\n");
    expect(specifiers("x.ts", text)).toEqual(["./kept.ts"]);
  });

  it("reads an .astro file's frontmatter and bundled scripts, not its markup or inline scripts", () => {
    const text = [
      "---",
      'import Art from "./Art.astro";',
      "---",
      "<p>import nothing from here</p>",
      '<script>import { go } from "../scripts/go.ts";</script>',
      '<script is:inline>import("./never.js")</script>',
    ].join("\n");
    expect(specifiers("Card.astro", text)).toEqual(["./Art.astro", "../scripts/go.ts"]);
  });

  it("follows what runs from the card worker: the drawing code, not the model it only names types of", () => {
    const files = runningFiles(fileURLToPath(new URL("./card-worker.ts", import.meta.url))).map((f) =>
      f.slice(f.lastIndexOf("/src/") + 1),
    );
    expect(files).toEqual([
      "src/data/card-draw.ts",
      "src/data/card-fonts.ts",
      "src/data/card-worker.ts",
      "src/data/font-instances.ts",
      "src/data/worker-pool.ts",
      "src/podcast/card.ts",
      "src/podcast/colour.ts",
    ]);
  });
});
