import { describe, expect, it } from "vitest";
import { audioExtension, audioType, formatOfContainer, formatOfName } from "./audio-type.ts";

describe("audio types", () => {
  it("gives the MIME type of an extension, query and fragment aside", () => {
    expect(audioType("/a/b.MP3")).toBe("audio/mpeg");
    expect(audioType("https://cdn.example/x.m4a?v=2")).toBe("audio/x-m4a");
    expect(audioType("https://cdn.example/stream")).toBeUndefined();
  });

  it("names a fetched file by its URL's extension, else by its type", () => {
    expect(audioExtension("https://cdn.example.com/a/ep.M4A?x=1", "audio/mpeg")).toBe("m4a");
    expect(audioExtension("https://cdn.example.com/a/ep", "audio/mpeg")).toBe("mp3");
    expect(audioExtension("https://cdn.example.com/a/ep.php", "audio/ogg")).toBe("ogg");
    expect(audioExtension("https://cdn.example.com/a/ep", "text/html")).toBeUndefined();
  });

  it("tells the format a name promises from the one the content holds", () => {
    expect(formatOfName("a.mp3")?.name).toBe("MP3 audio");
    expect(formatOfName("a.oga")?.name).toBe("Ogg audio");
    expect(formatOfContainer("MPEG")?.name).toBe("MP3 audio");
    expect(formatOfContainer("WAVE")?.name).toBe("WAV audio");
    expect(formatOfContainer("M4A/isom/iso2")?.name).toBe("MPEG-4 audio");
    expect(formatOfContainer("Something")).toBeUndefined();
  });
});
