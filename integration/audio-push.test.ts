import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, request as forward, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFrontMatter } from "../src/editing/front-matter.ts";
import { Scratch } from "./scratch.ts";

// A real S3-compatible server (s3rver) on this machine, and before it a proxy that passes every
// request on but can refuse the upload of one key, as a storage does when a token may not write.
const S3_PORT = Number(process.env.E2E_PORT ?? 4329) + 3;
const PROXY_PORT = S3_PORT + 1;
const BUCKET = "show";
const PUBLIC = "https://audio.example.com/";
const KEYS = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" };

// The demo's three episodes with local audio: two in public/, one in its page bundle.
const EPISODES = {
  "src/content/episodes/s01e00-trailer.md": "public/audio/s01e00-trailer.mp3",
  "src/content/episodes/s02e01-mdx-components.mdx": "public/audio/s02e01-mdx-components.mp3",
  "src/content/episodes/s01e02-recording-at-home/index.md": "src/content/episodes/s01e02-recording-at-home/episode.mp3",
};

let s3: S3rver;
let proxy: Server;
let refused: RegExp | undefined;
let site: Scratch;
let original: Map<string, string>;
const storageDir = mkdtempSync(join(tmpdir(), "s3rver-"));

function useStorage(prefix: string, port: number) {
  const config = site.read("src/show.config.ts").replace(/\n {2}audioStorage: \{[^}]*\},/, "");
  site.write(
    "src/show.config.ts",
    config.replace(
      "  hosts: [",
      `  audioStorage: { endpoint: "http://127.0.0.1:${port}", region: "us-east-1", bucket: "${BUCKET}", publicUrl: "${PUBLIC}", prefix: "${prefix}" },\n  hosts: [`,
    ),
  );
}

const push = (...args: string[]) => site.run(["audio:push", "--", ...args], KEYS);
const episodeFiles = () => new Map(Object.keys(EPISODES).map((file) => [file, site.read(file)]));
const restore = () => original.forEach((text, file) => site.write(file, text));
const stored = (key: string) => fetch(`http://127.0.0.1:${S3_PORT}/${BUCKET}/${key}`);

/** The lines outside the front matter's `audio` block: every byte the push must keep. */
function withoutAudio(text: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((line) => /^audio\s*[:=]/.test(line) || line === "[audio]");
  let end = at + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end])) end++;
  return [...lines.slice(0, at), ...lines.slice(end)].join("\n");
}

beforeAll(async () => {
  s3 = new S3rver({
    port: S3_PORT,
    address: "127.0.0.1",
    silent: true,
    directory: storageDir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  await s3.run();
  proxy = createServer((incoming, answer) => {
    if (incoming.method === "PUT" && refused?.test(incoming.url ?? "")) {
      answer.writeHead(403, { "Content-Type": "application/xml" });
      return answer.end("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>");
    }
    const out = forward(
      { host: "127.0.0.1", port: S3_PORT, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(answer);
      },
    );
    incoming.pipe(out);
  });
  await new Promise<void>((resolve) => proxy.listen(PROXY_PORT, "127.0.0.1", resolve));
  site = new Scratch();
  original = episodeFiles();
});

afterAll(async () => {
  site?.dispose();
  await new Promise((resolve) => proxy?.close(resolve));
  await s3?.close();
  rmSync(storageDir, { recursive: true, force: true });
});

describe("npm run audio:push against an S3-compatible server", () => {
  it("shows its plan with --dry-run, and changes nothing", async () => {
    useStorage("episodes/", S3_PORT);
    const run = await push("--dry-run");
    expect(run.code, run.output).toBe(0);
    for (const source of Object.values(EPISODES))
      expect(run.output).toMatch(new RegExp(`${source} .*would be uploaded`));
    expect(run.output).toContain("Dry run: 3 of 3 files would be uploaded");
    expect(episodeFiles()).toEqual(original);
  });

  it("uploads every local audio file, and each episode then names its public URL and facts, every other byte kept", async () => {
    useStorage("episodes/", S3_PORT);
    const run = await push();
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain("Uploaded 3 files (0 already in the bucket); 3 episode files name them now.");

    for (const [file, source] of Object.entries(EPISODES)) {
      const text = site.read(file);
      const audio = readFrontMatter(text).data.audio as Record<string, unknown>;
      const bytes = readFileSync(site.path(source));
      expect(audio.url).toMatch(new RegExp(`^${PUBLIC}episodes/[a-z0-9-]+-[0-9a-f]{12}\\.mp3$`));
      expect(audio).toMatchObject({ length: bytes.length, type: "audio/mpeg", duration: expect.any(Number) });
      expect(withoutAudio(text), file).toBe(withoutAudio(original.get(file)!));

      const response = await stored(new URL(audio.url as string).pathname.slice(1));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("audio/mpeg");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    }
    const check = await site.run(["check:content"]);
    expect(check.code, check.output).toBe(0);
  });

  it("uploads nothing the second time: not for the pushed files, nor for files the bucket has with the same bytes", async () => {
    const pushed = episodeFiles();
    const again = await push();
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain("No episode names a local audio file: nothing to upload.");
    expect(episodeFiles()).toEqual(pushed);

    // Another clone of the project, where the front matter was never changed: the bucket has every file.
    restore();
    const clone = await push();
    expect(clone.code, clone.output).toBe(0);
    expect(clone.output).not.toMatch(/Uploaded \d+ of/);
    expect(clone.output).toContain("Uploaded 0 files (3 already in the bucket)");
    expect(episodeFiles()).toEqual(pushed);
  });

  it("changes no file when an upload fails, and names the file it could not upload", async () => {
    restore();
    useStorage("failing/", PROXY_PORT);
    refused = /s01e02-recording-at-home-/;
    try {
      const run = await push();
      expect(run.code).toBe(1);
      expect(run.output).toMatch(
        /Could not upload src\/content\/episodes\/s01e02-recording-at-home\/episode\.mp3 to failing\/s01e02-recording-at-home-[0-9a-f]{12}\.mp3: 403 AccessDenied/,
      );
      expect(run.output).toContain("No episode file was changed");
      expect(episodeFiles()).toEqual(original);
    } finally {
      refused = undefined;
    }
  });
});
