import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { download, DownloadError } from "./download.ts";

const MB = 1024 * 1024;
const limits = { maxBytes: MB, timeoutMs: 5_000 };

describe("download", () => {
  let server: Server;
  let base: string;
  /** What the endless route sent before the client hung up. */
  const sent = { endless: 0, closed: false };

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/ok") return response.end("hello");
      if (request.url === "/missing") {
        response.statusCode = 404;
        return response.end("<!doctype html><p>Not found</p>");
      }
      if (request.url === "/announced") {
        response.setHeader("content-length", String(5 * MB));
        return response.end(Buffer.alloc(5 * MB));
      }
      if (request.url === "/stalled") {
        response.write("a first chunk, then nothing");
        return;
      }
      // An endless body, as fast as the client reads it.
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) sent.endless += chunk.length;
      };
      response.on("drain", pump);
      response.on("close", () => (sent.closed = true));
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("returns the body of a file within its limits", async () => {
    expect(new TextDecoder().decode(await download(`${base}/ok`, limits))).toBe("hello");
  });

  it("stops an endless body at the size limit and hangs up, holding no more than the limit", async () => {
    await expect(download(`${base}/endless`, limits)).rejects.toThrow(
      new DownloadError("larger than the 1 MB a file of its kind may be (more than 1 MB sent): stopped"),
    );
    await expect.poll(() => sent.closed).toBe(true);
    // What the server got out before it saw the hang-up: buffers, not the endless body.
    expect(sent.endless).toBeLessThan(64 * MB);
  });

  it("refuses a body announced as too large before reading it", async () => {
    await expect(download(`${base}/announced`, limits)).rejects.toThrow(
      "larger than the 1 MB a file of its kind may be (5 MB announced): stopped",
    );
  });

  it("stops a body that stalls at the time limit", async () => {
    const started = Date.now();
    await expect(download(`${base}/stalled`, { maxBytes: MB, timeoutMs: 300 })).rejects.toThrow(
      "no complete answer within 0.3 s",
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("says what the server answered instead of a file", async () => {
    await expect(download(`${base}/missing`, limits)).rejects.toThrow("the server answered 404 Not Found");
  });
});
