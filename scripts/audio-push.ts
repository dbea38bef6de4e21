// Moves the episodes' local audio to object storage: uploads each file an episode names to the
// bucket of the show config's `audioStorage` (any S3-compatible storage), unless the bucket has it
// already, then writes its public URL, length, type and duration into the episode's front matter,
// changing nothing else of the file. Nothing is written unless every upload succeeded.
// Usage: npm run audio:push [-- --dry-run]; keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
// The decisions are in src/hosting/audio-storage.ts; this file reads and writes the disk and the bucket.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { audioSource, readAudioFacts } from "../src/data/audio.ts";
import { checkContext, readEpisodeFolder } from "../src/data/episode-files.ts";
import { projectCheck } from "../src/data/project-check.ts";
import { readGuestFolder } from "../src/data/guests.ts";
import { type CheckedFile, checkFiles, type SourceFile } from "../src/editing/content-check.ts";
import { withGuests } from "../src/editing/guest-check.ts";
import { setFields } from "../src/editing/import/edit.ts";
import {
  type AudioFile,
  CACHE_CONTROL,
  objectKey,
  publicUrl,
  pushedAudio,
  type Storage,
} from "../src/hosting/audio-storage.ts";
import { localFiles } from "../src/podcast/episode.ts";
import { SHOW_CONFIG } from "../src/podcast/show.ts";
import { formatProblems } from "../src/problems.ts";
import show from "../src/show.config.ts";
import { writeWhole } from "../src/data/whole-files.ts";
import { fail } from "./cli.ts";

const USAGE = `Usage: npm run audio:push [-- --dry-run]

Uploads every episode's local audio file to the bucket of audioStorage in ${SHOW_CONFIG} (AWS S3,
Cloudflare R2, Backblaze B2, MinIO or any S3-compatible storage), skipping files the bucket already
has, then writes each file's public URL, length, type and duration into its episode's front matter.
The keys come from the environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
  --dry-run   print what would be uploaded and written, and change nothing
See docs/deploying.md.`;

function readFlags() {
  try {
    return parseArgs({
      options: {
        help: { type: "boolean", short: "h", default: false },
        "dry-run": { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject);
  });
}

/** The episodes whose audio is a file of the project, with what the command reads of each. */
async function localAudio(root: string, files: readonly CheckedFile[]): Promise<AudioFile[]> {
  const audio: AudioFile[] = [];
  for (const file of files) {
    if (!file.data) continue;
    const source = audioSource(localFiles({ id: file.slug, data: file.data, filePath: file.file }));
    if (!source) continue;
    const facts = await readAudioFacts(join(root, source));
    audio.push({ episode: file.file, slug: file.slug, source, sha256: await sha256(join(root, source)), ...facts });
  }
  return audio;
}

function client(storage: NonNullable<typeof show.audioStorage>): S3Client {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
  if (!accessKeyId || !secretAccessKey) {
    fail(
      "No keys for the bucket: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment (your storage's API token). Nothing was changed.",
    );
  }
  return new S3Client({
    endpoint: storage.endpoint,
    region: storage.region,
    forcePathStyle: !storage.virtualHosted,
    // Only these keys: never a profile or a machine's role found elsewhere.
    credentials: { accessKeyId, secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN },
    // Checksums beyond what S3 requires are refused by some S3-compatible storages.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
  });
}

const statusOf = (error: unknown) =>
  error instanceof S3ServiceException
    ? error.$metadata.httpStatusCode
    : (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;

const why = (error: unknown) => {
  const status = statusOf(error);
  const name = (error as Error).name;
  return `${status ? `${status} ` : ""}${name && name !== "Error" ? `${name}: ` : ""}${(error as Error).message}`;
};

/** Whether the bucket holds the key with the same bytes: same length and the hash stored with it. */
async function stored(s3: S3Client, bucket: string, key: string, file: AudioFile): Promise<boolean> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ContentLength === file.length && head.Metadata?.sha256 === file.sha256;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

/** The episode files with the pushed audio, checked as the build will read them, or why not. */
async function edited(
  root: string,
  sources: readonly SourceFile[],
  urls: Map<string, { file: AudioFile; url: string }>,
): Promise<{ writes: SourceFile[]; problems: string }> {
  const writes = sources.flatMap((source) => {
    const pushed = urls.get(source.file);
    return pushed
      ? [
          {
            ...source,
            source: setFields(source.source, [{ key: "audio", value: pushedAudio(pushed.file, pushed.url) }]),
          },
        ]
      : [];
  });
  const written = new Map(writes.map((w) => [w.file, w]));
  const after = sources
    .map((s) => written.get(s.file) ?? s)
    .map((s) => ({ ...s, source: s.source.replace(/^\uFEFF/, "") }));
  const context = checkContext(root, show);
  const { problems } = withGuests(await checkFiles(after, context), readGuestFolder(root), context);
  return { writes, problems: problems.length ? formatProblems(problems) : "" };
}

async function main() {
  const values = readFlags();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const storage = show.audioStorage;
  if (!storage) {
    fail(
      `No audioStorage in ${SHOW_CONFIG}: add the bucket, for example\n  audioStorage: { endpoint: "https://<account id>.r2.cloudflarestorage.com", bucket: "my-show", publicUrl: "https://audio.example.com/" },\nSee docs/deploying.md.`,
    );
  }
  const dryRun = values["dry-run"];
  const root = process.cwd();
  const s3 = client(storage);

  // The project as the build checks it; the files as they are, a BOM kept, so that an edit writes it back.
  const checked = await projectCheck(root, show)();
  const folder = readEpisodeFolder(root, undefined, { keepBom: true });
  if (checked.problems.length) {
    fail(`${formatProblems(checked.problems)}\nFix these first (npm run check:content). Nothing was uploaded.`);
  }

  const audio = await localAudio(root, checked.files);
  if (!audio.length) {
    console.log("No episode names a local audio file: nothing to upload.");
    return;
  }
  const target: Storage = storage;
  const plan = [];
  for (const file of audio) {
    const key = objectKey(file, target.prefix);
    try {
      plan.push({ file, key, url: publicUrl(key, target), there: await stored(s3, storage.bucket, key, file) });
    } catch (error) {
      fail(`Could not read the bucket ${storage.bucket} at ${storage.endpoint}: ${why(error)}. Nothing was changed.`);
    }
  }
  const uploads = plan.filter((p) => !p.there);
  for (const { file, key, there } of plan) {
    const what = there ? "already in the bucket" : dryRun ? "would be uploaded" : "to upload";
    console.log(`${file.source} (${megabytes(file.length)}) → ${key}: ${what}`);
  }
  if (dryRun) {
    console.log(
      `Dry run: ${uploads.length} of ${plan.length} files would be uploaded, and ${plan.length} episode files would name them. Nothing was changed.`,
    );
    return;
  }

  for (const [n, { file, key }] of uploads.entries()) {
    try {
      await s3.send(
        new PutObjectCommand({
          Bucket: storage.bucket,
          Key: key,
          Body: createReadStream(join(root, file.source)),
          ContentLength: file.length,
          ContentType: file.type,
          CacheControl: CACHE_CONTROL,
          Metadata: { sha256: file.sha256 },
        }),
      );
      console.log(`Uploaded ${n + 1} of ${uploads.length}: ${key}`);
    } catch (error) {
      fail(
        `Could not upload ${file.source} to ${key}: ${why(error)}.\nNo episode file was changed; run npm run audio:push again to upload the rest (what is in the bucket stays there).`,
      );
    }
  }

  const { writes, problems } = await edited(root, folder.sources, new Map(plan.map((p) => [p.file.episode, p])));
  if (problems) fail(`${problems}\nThe files would not build with their new audio, so none was changed.`);
  for (const write of writes) writeWhole(join(root, write.file), write.source);
  console.log(
    `Uploaded ${uploads.length} files (${plan.length - uploads.length} already in the bucket); ${writes.length} episode files name them now.`,
  );
  const left = [...new Set(plan.map((p) => p.file.source))];
  console.log(
    `No episode names these local files any more (one in public/ is still published): remove them when you are done with them.\n${left.map((f) => `  ${f}`).join("\n")}`,
  );
}

await main();
