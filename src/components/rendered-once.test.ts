import { describe, expect, it } from "vitest";
import { renderedOnce } from "./rendered-once.ts";

describe("renderedOnce", () => {
  it("renders a key once, even when pages rendering side by side ask for it together", async () => {
    let renders = 0;
    const render = async () => `<p>${++renders}</p>`;
    const asked = await Promise.all([renderedOnce("a:2", render), renderedOnce("a:2", render)]);
    expect(asked).toEqual(["<p>1</p>", "<p>1</p>"]);
    expect(await renderedOnce("a:2", render)).toBe("<p>1</p>");
    expect(renders).toBe(1);
  });

  it("renders each key apart", async () => {
    expect(await renderedOnce("b:2", async () => "two")).toBe("two");
    expect(await renderedOnce("b:3", async () => "three")).toBe("three");
  });
});
