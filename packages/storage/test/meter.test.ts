import { createHash } from "node:crypto";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";

import { createMeter, detectContentType, TooManyBytesError } from "../src";

const sink = () =>
  new Writable({
    write(_chunk, _enc, cb) {
      cb();
    },
  });

describe("the meter", () => {
  it("counts, hashes and keeps the first bytes", async () => {
    const meter = createMeter(100);
    await pipeline(Readable.from([Buffer.from("abc"), Buffer.from("def")]), meter.stream, sink());
    const { size, sha256, head } = meter.result();
    expect(size).toBe(6);
    expect(sha256).toBe(createHash("sha256").update("abcdef").digest("hex"));
    expect(head.toString()).toBe("abcdef");
  });

  it("fails as soon as the stream exceeds the limit", async () => {
    const meter = createMeter(5);
    await expect(
      pipeline(Readable.from([Buffer.from("abc"), Buffer.from("def")]), meter.stream, sink()),
    ).rejects.toBeInstanceOf(TooManyBytesError);
  });
});

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);

describe("content types", () => {
  it("sniffs the bytes, whatever the name says", async () => {
    expect(await detectContentType(PNG, "report.txt")).toBe("image/png");
    expect(await detectContentType(Buffer.from("%PDF-1.7\n..."), "x.bin")).toBe("application/pdf");
  });

  it("falls back to text types by extension, and to octet-stream otherwise", async () => {
    expect(await detectContentType(Buffer.from("a,b\n1,2\n"), "data.CSV")).toBe("text/csv");
    expect(await detectContentType(Buffer.from("<script>alert(1)</script>"), "x.html")).toBe(
      "application/octet-stream",
    );
    expect(await detectContentType(Buffer.from([1, 0, 2]), "binary.txt")).toBe(
      "application/octet-stream",
    );
  });
});
