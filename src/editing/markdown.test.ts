import { describe, expect, it } from "vitest";
import { markdownImages } from "./markdown.ts";

describe("markdownImages", () => {
  it("finds every image as the renderer reads it, with its line: nested brackets, angle brackets, references", () => {
    const body = [
      "![a [nested] alt](../escape.png)",
      "",
      '![cover](<./my cover.png> "Title") and ![by reference][Ref]',
      "",
      "[ref]: ../../secret.png",
      "",
      "`![in code](../no.png)`",
    ].join("\n");
    expect(markdownImages(body, 5)).toEqual([
      { src: "../escape.png", line: 5 },
      { src: "./my cover.png", line: 7 },
      { src: "../../secret.png", line: 7 },
    ]);
  });

  it("reads nothing when the body has no image", () => {
    expect(markdownImages("[a link](../x.png)")).toEqual([]);
  });
});
