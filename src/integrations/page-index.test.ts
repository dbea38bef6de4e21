import { describe, expect, it } from "vitest";
import { searchedDocument, searchedFile } from "./page-index.ts";

describe("searchedFile", () => {
  it("names the output file of episode pages and transcripts", () => {
    expect(searchedFile("/episodes/s01e01-hello/")).toBe("episodes/s01e01-hello/index.html");
    expect(searchedFile("/episodes/s01e01-hello/transcript/")).toBe("episodes/s01e01-hello/transcript/index.html");
    expect(searchedFile("/episodes/x/index.html")).toBe("episodes/x/index.html");
  });

  it("leaves out the rest of the site and files that are not pages", () => {
    expect(searchedFile("/guests/ada/")).toBeUndefined();
    expect(searchedFile("/")).toBeUndefined();
    expect(searchedFile("/episodes/s01e01-hello/chapters.json")).toBeUndefined();
  });
});

describe("searchedDocument", () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="de" data-theme="x"><head><style>p{color:red}</style><title>T</title></head>` +
    `<body><header><a href="/">Home</a></header><main>${body}</main><footer>F</footer></body></html>`;

  it("keeps the marked element whole, nested tags of its name included, in a page of the same language", () => {
    const marked =
      '<article class="episode" data-pagefind-body data-pagefind-meta="title[data-title]" data-title="A">' +
      '<h1>A</h1><article><p id="t-12">inner</p></article><p data-pagefind-ignore>skip</p></article>';
    expect(searchedDocument(page(`${marked}<aside>after</aside>`))).toBe(
      `<!doctype html><html lang="de"><body>${marked}</body></html>`,
    );
  });

  it("hands on a page without a marked element, or one it cannot close, as it is", () => {
    expect(searchedDocument(page("<p>plain</p>"))).toBe(page("<p>plain</p>"));
    const open = page("<section data-pagefind-body><p>never closed</p>");
    expect(searchedDocument(open)).toBe(open);
  });
});
