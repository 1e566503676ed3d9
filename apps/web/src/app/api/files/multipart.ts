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
 * Streams a multipart/form-data request: the form fields that come before the (single) file
 * part are collected, then `onFile` receives the file as a stream, never buffered in memory.
 * Resolves with what `onFile` returns; bad forms reject with BAD_REQUEST.
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
    const fail = (error: unknown) => {
      body.unpipe(parser);
      body.destroy();
      reject(error);
    };

    parser.on("field", (name: string, value: string) => {
      if (!fields.has(name)) fields.set(name, value);
    });
    parser.on("file", (_field: string, stream: BusboyFileStream, filename: string) => {
      if (handled) {
        stream.resume();
        return;
      }
      handled = onFile({ fields, name: filename ?? "", stream });
      handled.then(resolve, (error: unknown) => {
        stream.resume();
        fail(error);
      });
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
    body.pipe(parser);
  });
}
