import "server-only";

import { Busboy } from "@fastify/busboy";
import type { BusboyFileStream } from "@fastify/busboy";
import { ServiceError } from "@arco/services";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";

export interface IncomingFile {
  fields: Map<string, string>;
  name: string;
  stream: BusboyFileStream;
}

/**
 * How much of a refused upload's remaining body is read and thrown away, so the connection can
 * carry the client's next request. Beyond this the connection is closed instead: nobody is
 * made to wait for (or pay for) a large body that will be discarded.
 */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

/** Reads the rest of a body and discards it, up to the limit; past it, ends the connection. */
function drain(body: Readable) {
  let drained = 0;
  body.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) body.destroy();
  });
  body.resume();
}

/**
 * Streams a multipart/form-data request: the form fields that come before the (single) file
 * part are collected, then `onFile` receives the file as a stream, never buffered in memory.
 * Resolves with what `onFile` returns; bad forms reject with BAD_REQUEST.
 *
 * If the client goes away mid-upload (`request.signal` aborts), the file stream fails at once,
 * so `onFile` gives back the reservation, removes the partial object and closes its handle. If
 * the upload is refused, the unread rest of the body is drained rather than cut off, so the
 * refusal reaches the client and the connection stays usable.
 */
export function receiveFile<T>(
  request: Request,
  { maxFileBytes }: { maxFileBytes: number },
  onFile: (file: IncomingFile) => Promise<T>,
): Promise<T> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) {
    return Promise.reject(new ServiceError("BAD_REQUEST", "Send the file as multipart/form-data."));
  }
  return new Promise<T>((resolve, reject) => {
    const fields = new Map<string, string>();
    let handled: Promise<T> | null = null;
    let file: BusboyFileStream | null = null;
    let settled = false;
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: { "content-type": contentType },
        limits: { files: 1, fields: 10, fieldSize: 1000, parts: 12, fileSize: maxFileBytes + 1 },
      });
    } catch {
      reject(new ServiceError("BAD_REQUEST", "The upload form could not be read."));
      return;
    }
    const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      request.signal.removeEventListener("abort", onAbort);
      outcome();
    };
    const fail = (error: unknown) =>
      settle(() => {
        body.unpipe(parser);
        file?.resume();
        drain(body);
        reject(error);
      });
    const onAbort = () => {
      const interrupted = new ServiceError("BAD_REQUEST", "The upload was interrupted.");
      // The stream `onFile` is reading fails, so it cleans up; then the request ends here too.
      file?.destroy(interrupted);
      body.destroy();
      if (!handled) settle(() => reject(interrupted));
    };
    request.signal.addEventListener("abort", onAbort, { once: true });

    parser.on("field", (name: string, value: string) => {
      if (!fields.has(name)) fields.set(name, value);
    });
    parser.on("file", (_field: string, stream: BusboyFileStream, filename: string) => {
      if (handled) {
        stream.resume();
        return;
      }
      file = stream;
      handled = onFile({ fields, name: filename ?? "", stream });
      handled.then(
        (value) => settle(() => resolve(value)),
        (error: unknown) => fail(error),
      );
    });
    parser.on("error", () =>
      fail(new ServiceError("BAD_REQUEST", "The upload was interrupted or is malformed.")),
    );
    parser.on("finish", () => {
      if (!handled) fail(new ServiceError("BAD_REQUEST", "Choose a file to upload."));
    });
    body.on("error", () =>
      fail(new ServiceError("BAD_REQUEST", "The upload was interrupted. Try again.")),
    );
    if (request.signal.aborted) onAbort();
    else body.pipe(parser);
  });
}
