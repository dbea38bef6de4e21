import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readAudioContent } from "./audio.ts";
import { silentWav } from "../testing/audio.ts";

const mp3 = fileURLToPath(new URL("../../public/audio/s01e00-trailer.mp3", import.meta.url));

describe("what an audio file holds", () => {
  const dir = mkdtempSync(join(tmpdir(), "audio-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content?: string | Buffer) => {
    const path = join(dir, name);
    if (content === undefined) copyFileSync(mp3, path);
    else writeFileSync(path, content);
    return path;
  };

  it("is read from the content, whatever the name says", async () => {
    expect(await readAudioContent(file("real.mp3"))).toMatchObject({ container: "MPEG" });
    expect(await readAudioContent(file("mp3.m4a"))).toMatchObject({ container: "MPEG" });
    expect(await readAudioContent(file("wav.ogg", silentWav()))).toMatchObject({ container: "WAVE" });
    expect(await readAudioContent(file("text.mp3", "hello, I am not audio\n"))).toEqual({ size: 22 });
    expect(await readAudioContent(file("empty.mp3", ""))).toEqual({ size: 0 });
  });
});
