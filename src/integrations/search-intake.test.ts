import { afterEach, describe, expect, it } from "vitest";
import { setSearchIndexer, takeSearchIndexer } from "./search-intake.ts";

describe("search intake", () => {
  afterEach(() => setSearchIndexer(undefined));

  it("hands the index over to the first page only, so the documents go in once", () => {
    const index = () => {};
    setSearchIndexer(index);
    expect(takeSearchIndexer()).toBe(index);
    expect(takeSearchIndexer()).toBeUndefined();
  });

  it("has nothing to hand over outside a build", () => {
    expect(takeSearchIndexer()).toBeUndefined();
  });
});
