import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readAudioContent } from "./audio.ts";

const mp3 = fileURLToPath(new URL("../../public/audio/s01e00-trailer.mp3", import.meta.url));

/** A WAV file of a tenth of a second of silence. */
function wav(): Buffer {
  const data = Buffer.alloc(1600);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

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
    expect(await readAudioContent(file("wav.ogg", wav()))).toMatchObject({ container: "WAVE" });
    expect(await readAudioContent(file("text.mp3", "hello, I am not audio\n"))).toEqual({ size: 22 });
    expect(await readAudioContent(file("empty.mp3", ""))).toEqual({ size: 0 });
  });
});
