import { describe, expect, it } from "vitest";
import { contentKind, kindName } from "./content-kind.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("contentKind", () => {
  it("tells images, pages, JSON and text apart by their first bytes, whatever a server says", () => {
    expect(contentKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe("png");
    expect(contentKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(contentKind(text("GIF89a..."))).toBe("gif");
    expect(contentKind(text("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(contentKind(text("\uFEFF  <!DOCTYPE html><html><body>Sign in</body></html>"))).toBe("html");
    expect(contentKind(text('<?xml version="1.0"?><rss/>'))).toBe("xml");
    expect(contentKind(text(' {"version": "1.2.0", "chapters": []}'))).toBe("json");
    expect(contentKind(text("Not found"))).toBe("text");
    expect(contentKind(bytes(0, 1, 2, 3))).toBe("binary");
    expect(contentKind(bytes())).toBe("empty");
    // A character cut at the 512th byte is still text.
    expect(contentKind(text(`${"a".repeat(511)}é and more`))).toBe("text");
    expect(kindName("html")).toBe("an HTML page");
  });
});
