import { createHash } from "node:crypto";
import { Transform } from "node:stream";

import { SNIFF_BYTES } from "./content-type";

export class TooManyBytesError extends Error {
  override readonly name = "TooManyBytesError";
  constructor(readonly limit: number) {
    super(`The stream is longer than ${limit} bytes.`);
  }
}

/**
 * A pass-through that counts and hashes the bytes flowing to the store, keeps the first ones for
 * content sniffing, and fails with `TooManyBytesError` as soon as more than `maxBytes` pass.
 */
export function createMeter(maxBytes: number) {
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let headBytes = 0;
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > maxBytes) return callback(new TooManyBytesError(maxBytes));
      hash.update(chunk);
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      callback(null, chunk);
    },
  });
  return {
    stream,
    /** Read once the stream has finished. */
    result: () => ({ size: bytes, sha256: hash.digest("hex"), head: Buffer.concat(head) }),
  };
}
