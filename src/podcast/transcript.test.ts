import { describe, expect, it } from "vitest";
import type { Transcript } from "./transcript.ts";
import { cueTime, lateCues, parseTranscript, toJson, toSrt, toVtt, transcriptFormat } from "./transcript.ts";

const VTT = `WEBVTT

00:00:00.000 --> 00:00:04.000
<v Ada>Hello &amp; welcome
to the show.

00:00:04.000 --> 00:00:08.500
<v Bob>Thanks for having me.

00:00:08.500 --> 00:00:10.000
Music.
`;

const SRT = `1
00:00:00,000 --> 00:00:04,000
Ada: Hello & welcome
to the show.

2
00:00:04,000 --> 00:00:08,500
Bob: Thanks for having me.

3
00:00:08,500 --> 00:00:10,000
Music.
`;

const expected = [
  { start: 0, end: 4, speaker: "Ada", text: "Hello & welcome to the show." },
  { start: 4, end: 8.5, speaker: "Bob", text: "Thanks for having me." },
  { start: 8.5, end: 10, text: "Music." },
];

describe("parseTranscript", () => {
  it("reads WebVTT cues with their voices as speakers", () => {
    const { transcript } = parseTranscript(VTT, "vtt");
    expect(transcript?.cues).toEqual(expected);
    expect(transcript?.speakers).toEqual(["Ada", "Bob"]);
  });

  it("reads SRT cues with `Name:` as speakers", () => {
    expect(parseTranscript(SRT, "srt").transcript?.cues).toEqual(expected);
  });

  it("names the line of a broken VTT timing", () => {
    const broken = VTT.replace("00:00:04.000 --> 00:00:08.500", "00:00:0x.000 --> 00:00:08.500");
    expect(parseTranscript(broken, "vtt").error).toEqual({
      line: 7,
      message: "expected a valid VTT transcript, found: Must be exactly two digits.",
    });
  });

  it("names the line of a broken SRT timing in the SRT file", () => {
    const broken = SRT.replace("00:00:04,000 --> 00:00:08,500", "00:00:04,000 --> 00:0x:08,500");
    expect(parseTranscript(broken, "srt").error?.line).toBe(7);
  });

  it("rejects a VTT without its signature and a file without cues", () => {
    expect(parseTranscript(SRT, "vtt").error?.line).toBe(1);
    expect(parseTranscript("WEBVTT\n", "vtt").error?.message).toMatch(/found none$/);
  });

  it("takes WebVTT speakers from <v> only: a cue that starts `Today:` names no speaker", () => {
    const vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nToday: we talk about Rust.\n";
    expect(parseTranscript(vtt, "vtt").transcript?.cues).toEqual([
      { start: 0, end: 4, text: "Today: we talk about Rust." },
    ]);
  });

  it("shows a voice's name with its character references decoded once", () => {
    const vtt = [
      "WEBVTT",
      "",
      "00:00:00.000 --> 00:00:01.000",
      "<v Tom &amp; Jerry>Hi.",
      "",
      "00:00:01.000 --> 00:00:02.000",
      "<v.loud Zo&#235; &lt;3>Hello.",
      "",
      "00:00:02.000 --> 00:00:03.000",
      "<v Tom &amp;amp; Jerry>Once.",
      "",
    ].join("\n");
    const { transcript } = parseTranscript(vtt, "vtt");
    expect(transcript?.speakers).toEqual(["Tom & Jerry", "Zoë <3", "Tom &amp; Jerry"]);
    // Written back as WebVTT, the name is escaped once and reads back the same.
    expect(toVtt(transcript!)).toContain("<v Tom &amp; Jerry>Hi.");
    expect(parseTranscript(toVtt(transcript!), "vtt").transcript).toEqual(transcript);
  });

  it("gives the line of each cue's timing, in the order of the cues", () => {
    // Cues that start together come longest first, whatever their order in the file.
    const vtt =
      "WEBVTT\n\nNOTE two voices\n\n00:00:01.000 --> 00:00:02.000\nB\n\nfirst\n00:00:01.000 --> 00:00:03.000\nA\n";
    const read = parseTranscript(vtt, "vtt");
    expect(read.transcript?.cues.map((c) => c.text)).toEqual(["A", "B"]);
    expect(read.transcript && read.lines).toEqual([9, 5]);
    const srt = parseTranscript(SRT, "srt");
    expect(srt.transcript && srt.lines).toEqual([2, 7, 11]);
  });

  it("knows the format by the extension", () => {
    expect(transcriptFormat("./a.SRT")).toBe("srt");
    expect(transcriptFormat("/t/a.vtt")).toBe("vtt");
  });
});

describe("lateCues", () => {
  const { transcript, lines } = parseTranscript(VTT, "vtt") as { transcript: Transcript; lines: number[] };

  it("says nothing when every cue starts before the audio ends", () => {
    expect(lateCues(transcript, lines, 9)).toBeUndefined();
  });

  it("names the first cue that starts once the audio has ended, at its line, and how many follow", () => {
    expect(lateCues(transcript, lines, 4)).toEqual({
      line: 7,
      message: "expected cues that start before the audio ends at 0:04, found 2 from 0:04 on",
    });
    expect(lateCues(transcript, lines, 8.4)).toEqual({
      line: 10,
      message: "expected a cue that starts before the audio ends at 0:08, found one at 0:08",
    });
  });
});

describe("derived formats", () => {
  const transcript = parseTranscript(VTT, "vtt").transcript!;

  it("writes cue times in each format", () => {
    expect(cueTime(3723.25, ".")).toBe("01:02:03.250");
    expect(cueTime(8.5, ",")).toBe("00:00:08,500");
  });

  it("writes SRT that reads back as the same transcript", () => {
    const srt = toSrt(transcript);
    expect(srt).toContain("2\n00:00:04,000 --> 00:00:08,500\nBob: Thanks for having me.");
    expect(parseTranscript(srt, "srt").transcript).toEqual(transcript);
  });

  it("writes WebVTT with voices and escapes that reads back the same", () => {
    const vtt = toVtt(transcript);
    expect(vtt).toContain("<v Ada>Hello &amp; welcome to the show.");
    expect(parseTranscript(vtt, "vtt").transcript).toEqual(transcript);
  });

  it("writes the Podcasting 2.0 JSON transcript", () => {
    expect(toJson(transcript)).toEqual({
      version: "1.0.0",
      segments: [
        { speaker: "Ada", startTime: 0, endTime: 4, body: "Hello & welcome to the show." },
        { speaker: "Bob", startTime: 4, endTime: 8.5, body: "Thanks for having me." },
        { startTime: 8.5, endTime: 10, body: "Music." },
      ],
    });
  });
});
