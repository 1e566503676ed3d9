/**
 * Reading a response body under a cap on DECODED bytes: a 1 MB gzip stream can inflate to 1 GB,
 * so the compressed size (what Content-Length and undici's maxResponseSize see) proves nothing.
 * The body is decompressed as a stream and the read stops as soon as the output passes the cap.
 */
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

import { SafeFetchError } from "./errors.ts";

/** Content codings we decode (and announce in Accept-Encoding). */
export const ACCEPT_ENCODING = "gzip, deflate, br, zstd";

export interface BodyBytes {
  bytes: Uint8Array;
  /** Body bytes as received (after chunked framing is removed, before content decoding). */
  transferBytes: number;
  /** Bytes after content decoding. */
  decodedBytes: number;
}

export const tooLarge = (maxBytes: number, url: string, status?: number) =>
  new SafeFetchError(
    "TOO_LARGE",
    "response",
    `The page is larger than ${formatBytes(maxBytes)}, the most Arco reads.`,
    { url, status, detail: `decoded body exceeded ${maxBytes} bytes` },
  );

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;

/** Parses Content-Encoding into the codings to undo, outermost first. */
export function parseContentEncoding(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity")
    .reverse();
}

function decoderFor(coding: string, firstByte: number | undefined, url: string) {
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      // "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate.
      return firstByte === undefined || (firstByte & 0x0f) === 0x08
        ? zlib.createInflate()
        : zlib.createInflateRaw();
    case "br":
      return zlib.createBrotliDecompress();
    case "zstd":
      return zlib.createZstdDecompress();
    default:
      throw new SafeFetchError(
        "INVALID_RESPONSE",
        "response",
        "The server sent the page in an encoding Arco cannot read.",
        { url, detail: `unsupported content-encoding ${coding}` },
      );
  }
}

/**
 * Reads `body`, undoing `codings` (from `parseContentEncoding`), and stops with TOO_LARGE once more
 * than `maxBytes` decoded bytes (or encoded bytes) arrive. Rejects with the stream's error
 * otherwise (abort, socket, zlib); the caller maps those.
 */
export async function readBody(
  body: Readable,
  codings: string[],
  maxBytes: number,
  signal: AbortSignal,
  context: { url: string; status: number },
): Promise<BodyBytes> {
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let transferBytes = 0;
  let decodedBytes = 0;
  const chunks: Buffer[] = [];
  let decodeError: Error | undefined;
  const overCap = () => tooLarge(maxBytes, context.url, context.status);

  try {
    // Peek at the first chunk: raw vs zlib-wrapped deflate is told apart by its first byte.
    const first = await iterator.next();
    const firstChunk = first.done ? undefined : first.value;
    // An empty body stays empty whatever Content-Encoding claims (zlib would call it truncated).
    const decoders =
      firstChunk === undefined
        ? []
        : codings.map((coding, index) =>
            decoderFor(coding, index === 0 ? firstChunk[0] : undefined, context.url),
          );
    for (const decoder of decoders) {
      decoder.once("error", (error: Error & { code?: unknown }) => {
        // Only the decoder's own failures (bad data), not an abort it was torn down with.
        if (error.name !== "AbortError" && !String(error.code ?? "").startsWith("UND_ERR")) {
          decodeError ??= error;
        }
      });
    }

    async function* counted() {
      let next: IteratorResult<Buffer> = first;
      while (!next.done) {
        transferBytes += next.value.length;
        if (transferBytes > maxBytes) throw overCap();
        yield next.value;
        next = await iterator.next();
      }
    }

    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        decodedBytes += chunk.length;
        if (decodedBytes > maxBytes) {
          callback(overCap());
          return;
        }
        chunks.push(chunk);
        callback();
      },
    });

    await pipeline([Readable.from(counted(), { objectMode: false }), ...decoders, sink], {
      signal,
    });
  } catch (error) {
    if (error instanceof SafeFetchError) throw error;
    if (decodeError !== undefined && error === decodeError) {
      throw new SafeFetchError(
        "INVALID_RESPONSE",
        "response",
        "The server sent a compressed page that could not be decompressed.",
        { url: context.url, status: context.status, detail: String(error), cause: error },
      );
    }
    throw error;
  } finally {
    if (!body.destroyed) {
      body.on("error", () => {});
      body.destroy();
    }
  }

  const bytes = Buffer.concat(chunks, decodedBytes);
  return { bytes, transferBytes, decodedBytes };
}

/**
 * Decodes text: a byte-order mark wins, then the Content-Type charset, then (for HTML) a
 * `<meta charset>` in the first 1024 bytes, else UTF-8. Unknown labels fall back to UTF-8.
 */
export function decodeText(
  bytes: Uint8Array,
  contentTypeCharset: string | undefined,
  sniffHtml: boolean,
): { text: string; charset: string } {
  const bom = sniffBom(bytes);
  const candidates = [
    bom,
    contentTypeCharset,
    sniffHtml ? sniffMetaCharset(bytes) : undefined,
    "utf-8",
  ];
  for (const label of candidates) {
    if (!label) continue;
    try {
      const decoder = new TextDecoder(label.trim().toLowerCase(), { fatal: false });
      return { text: decoder.decode(bytes), charset: decoder.encoding };
    } catch {
      // Unknown label: try the next source.
    }
  }
  return { text: new TextDecoder().decode(bytes), charset: "utf-8" };
}

function sniffBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct?.[1];
}

/** `text/html; charset=UTF-8` → `{ type: "text/html", charset: "UTF-8" }`. */
export function parseContentType(header: string | undefined): {
  type: string | undefined;
  charset: string | undefined;
} {
  if (!header) return { type: undefined, charset: undefined };
  const [type, ...params] = header.split(";");
  let charset: string | undefined;
  for (const param of params) {
    const [name, value] = param.split("=", 2);
    if (name?.trim().toLowerCase() === "charset" && value) {
      charset = value.trim().replace(/^"(.*)"$/, "$1");
    }
  }
  const mime = type?.trim().toLowerCase();
  return { type: mime === "" ? undefined : mime, charset };
}
