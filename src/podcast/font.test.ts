import { describe, expect, it } from "vitest";
import { fontVariants } from "./font.ts";

describe("the show's font files", () => {
  it("serves one Latin file of a variable font for every weight", () => {
    expect(fontVariants({ family: "Inter", package: "@fontsource-variable/inter" })).toEqual([
      { src: ["@fontsource-variable/inter/files/inter-latin-wght-normal.woff2"], weight: "100 900", style: "normal" },
    ]);
  });

  it("serves the regular and bold Latin files of a static font", () => {
    expect(fontVariants({ family: "Lora", package: "@fontsource/lora" }).map((v) => v.src[0])).toEqual([
      "@fontsource/lora/files/lora-latin-400-normal.woff2",
      "@fontsource/lora/files/lora-latin-700-normal.woff2",
    ]);
  });
});
