/**
 * What a downloaded file holds, read from its first bytes rather than from its name or the
 * server's word: a host that answers with an HTML page (a login, an error, a "not found") says
 * `200 OK`, and sometimes `image/png`.
 */

const MB = 1024 * 1024;

/**
 * What each download of the import may take: far above a real file of its kind, far below a
 * machine's memory. docs/moving-from-a-host.md states them.
 */
export const DOWNLOAD_LIMITS = {
  feed: { maxBytes: 64 * MB, timeoutMs: 120_000 },
  cover: { maxBytes: 20 * MB, timeoutMs: 60_000 },
  chapters: { maxBytes: 2 * MB, timeoutMs: 30_000 },
} as const;

export type ContentKind = "png" | "jpeg" | "gif" | "webp" | "html" | "xml" | "json" | "text" | "binary" | "empty";

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

export function contentKind(bytes: Uint8Array): ContentKind {
  if (!bytes.length) return "empty";
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return "jpeg";
  if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return "gif";
  if (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && startsWith(bytes.subarray(8), 0x57, 0x45, 0x42, 0x50)) return "webp";
  // Streamed, so that a character cut at the 512th byte is not read as a broken one.
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512), { stream: true })
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^<(!doctype html|html|head|body)\b/i.test(head)) return "html";
  if (head.startsWith("<")) return "xml";
  if (/^[[{]/.test(head)) return "json";
  // Text is what decodes without a NUL or a replacement character.
  // eslint-disable-next-line no-control-regex
  return /[\u0000\uFFFD]/.test(head) ? "binary" : "text";
}

const NAMES: Record<ContentKind, string> = {
  png: "a PNG image",
  jpeg: "a JPEG image",
  gif: "a GIF image",
  webp: "a WebP image",
  html: "an HTML page",
  xml: "an XML document",
  json: "JSON",
  text: "text",
  binary: "a file of another kind",
  empty: "an empty file",
};

/** `an HTML page`: what messages call a kind. */
export const kindName = (kind: ContentKind) => NAMES[kind];
