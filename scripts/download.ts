// Downloads for the commands: streamed, stopped at a size and a time, so that a host that answers
// with an endless or a stalled body costs neither memory nor a hung command.

/** What a download may take: the body's bytes, and the time for the whole answer. */
export interface Limits {
  maxBytes: number;
  timeoutMs: number;
}

/** A download that failed or was stopped, with why, for the command's message. */
export class DownloadError extends Error {}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The body of `url`, read no further than `limits` allow. */
export async function download(url: string, limits: Limits): Promise<Uint8Array> {
  const controller = new AbortController();
  const late = new DownloadError(`no complete answer within ${limits.timeoutMs / 1000} s`);
  const timer = setTimeout(() => controller.abort(late), limits.timeoutMs);
  const tooLarge = (size: string) =>
    new DownloadError(`larger than the ${megabytes(limits.maxBytes)} a file of its kind may be (${size}): stopped`);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: "follow" });
    if (!response.ok) throw new DownloadError(`the server answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get("content-length") ?? NaN);
    if (declared > limits.maxBytes) throw tooLarge(`${megabytes(declared)} announced`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw tooLarge(`more than ${megabytes(limits.maxBytes)} sent`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    if (controller.signal.aborted) throw late;
    const cause = (error as Error & { cause?: Error }).cause?.message;
    throw new DownloadError(cause ?? (error as Error).message);
  } finally {
    // Stops the body the loop left unread, and the timer.
    controller.abort();
    clearTimeout(timer);
  }
}
