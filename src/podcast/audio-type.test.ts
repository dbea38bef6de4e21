import { describe, expect, it } from "vitest";
import { audioType, formatOfContainer, formatOfName } from "./audio-type.ts";

describe("audio types", () => {
  it("gives the MIME type of an extension, query and fragment aside", () => {
    expect(audioType("/a/b.MP3")).toBe("audio/mpeg");
    expect(audioType("https://cdn.example/x.m4a?v=2")).toBe("audio/x-m4a");
    expect(audioType("https://cdn.example/stream")).toBeUndefined();
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
