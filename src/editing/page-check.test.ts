import { describe, expect, it } from "vitest";
import { formatProblem } from "../problems.ts";
import { ABOUT_PAGE, checkPage } from "./page-check.ts";

const page = (source: string) => checkPage({ file: ABOUT_PAGE, source }, { allowEmbeds: [] });
const lines = (source: string) => page(source).problems.map(formatProblem);

describe("the About page", () => {
  it("reads a title and a description over Markdown", () => {
    const checked = page("---\ntitle: About\ndescription: Who we are.\n---\n\nWe **talk**.\n");
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual({ title: "About", description: "Who we are." });
  });

  it("refuses the HTML that show notes may not hold, each at its line, and keeps no data", () => {
    const source = "---\ntitle: About\n---\n\nHello.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n";
    expect(lines(source)).toEqual([
      `${ABOUT_PAGE}:7 — text — expected safe HTML, found <script>: remove it`,
      `${ABOUT_PAGE}:9 — text — expected safe HTML, found the onerror attribute on <img>: remove it`,
    ]);
    expect(page(source).data).toBeUndefined();
  });

  it("reports its front matter as an episode's is reported", () => {
    expect(lines("---\ndescription: x\n---\n")).toEqual([
      `${ABOUT_PAGE}:1 — title — is required: expected the page's title, found nothing`,
    ]);
    expect(lines("---\ntitle: A\u0085B\n---\n")).toEqual([
      `${ABOUT_PAGE}:2 — title — expected the page's title on one line, without control or bidirectional override characters, found U+0085 in "A[U+0085]B"`,
    ]);
    expect(lines("Just text.\n")).toEqual([
      `${ABOUT_PAGE}:1 — front matter — expected front matter between --- lines (YAML) or +++ lines (TOML), found none`,
    ]);
  });
});
