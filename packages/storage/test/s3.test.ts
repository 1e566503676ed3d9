import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ObjectNotFoundError, PART_BYTES } from "../src";
import type { ObjectStore } from "../src";
import { startS3StandIn } from "../src/testing";
import type { S3StandIn } from "../src/testing";
import { readAll, streamOf } from "./helpers";

/**
 * The real AWS SDK (PutObject, multipart upload, GetObject, presigned GET) against s3rver (see
 * `startS3StandIn`), an S3 stand-in on 127.0.0.1 that speaks S3's REST requests and answers (multipart uploads and
 * presigned query-string requests included). Played by the stand-in: the bucket, kept as files
 * on disk. Not checked here, because s3rver does not do them: AbortMultipartUpload (what an
 * aborted upload leaves behind) and refusing a presigned URL whose path was changed.
 */
let standIn: S3StandIn;
let store: ObjectStore;

beforeAll(async () => {
  standIn = await startS3StandIn();
  store = standIn.store();
});
afterAll(async () => {
  await standIn.close();
});

/** Parts s3rver has received for multipart uploads still open (it keeps them as files). */
function receivedParts() {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/uploads/.test(full) && /^\d+$/.test(entry.name)) found.push(full);
    }
  };
  if (existsSync(standIn.directory)) walk(standIn.directory);
  return found;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the S3 store", () => {
  it("puts a stream of known size, bytes, and a stream of unknown size", async () => {
    await store.put("org/a", streamOf("hello ", "s3"), { contentType: "text/plain", size: 8 });
    await store.put("org/b", new Uint8Array([1, 2, 3]), { contentType: "image/png" });
    await store.put("org/c", streamOf("no ", "length"), { contentType: "text/plain" });
    const a = await store.get("org/a");
    expect(a.size).toBe(8);
    expect((await readAll(a.body)).toString()).toBe("hello s3");
    expect([...(await readAll((await store.get("org/b")).body))]).toEqual([1, 2, 3]);
    expect((await readAll((await store.get("org/c")).body)).toString()).toBe("no length");
  });

  it("streams a large body in parts: the first part is stored before the body has ended", async () => {
    const part = Buffer.alloc(PART_BYTES, 7);
    let sawPartBeforeEnd = false;
    async function* body() {
      yield part;
      yield Buffer.alloc(1024, 8);
      // A store that buffered the whole body would wait here forever (the test times out).
      while (receivedParts().length === 0) await pause();
      sawPartBeforeEnd = true;
      yield Buffer.from("tail");
    }
    await store.put("org/large", Readable.from(body()), { contentType: "application/zip" });
    expect(sawPartBeforeEnd).toBe(true);
    const stored = await readAll((await store.get("org/large")).body);
    expect(stored.length).toBe(PART_BYTES + 1024 + 4);
    expect(stored.subarray(PART_BYTES - 1, PART_BYTES + 1)).toEqual(Buffer.from([7, 8]));
    expect(stored.subarray(-4).toString()).toBe("tail");
  });

  it("leaves no object when the body fails midway", async () => {
    async function* failing() {
      yield Buffer.alloc(PART_BYTES + 10, 1);
      throw new Error("client went away");
    }
    await expect(
      store.put("org/broken", Readable.from(failing()), { contentType: "text/plain" }),
    ).rejects.toThrow();
    await expect(store.get("org/broken")).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it("deletes, and reports a missing object as not found", async () => {
    await store.put("gone", new Uint8Array([1]), { contentType: "x/y" });
    await store.delete("gone");
    await store.delete("gone");
    await expect(store.get("gone")).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it("refuses invalid keys before any request", async () => {
    await expect(store.get("../x")).rejects.toThrow(/Invalid object key/);
  });
});

describe("presigned downloads", () => {
  it("are offered only when configured", () => {
    expect(store.presignDownload).toBeUndefined();
    expect(standIn.store({ presignDownloads: true }).presignDownload).toBeTypeOf("function");
  });

  it("fetch the object straight from the bucket, with the file's type and name", async () => {
    const presigning = standIn.store({ presignDownloads: true });
    await presigning.put("org/report", streamOf("%PDF-1.7 …"), { contentType: "application/pdf" });
    const url = await presigning.presignDownload!("org/report", {
      contentType: "application/pdf",
      contentDisposition: 'attachment; filename="report.pdf"',
      expiresInSeconds: 60,
    });
    expect(url.startsWith(`${standIn.endpoint}/arco-test/org/report?`)).toBe(true);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="report.pdf"');
    expect(await response.text()).toBe("%PDF-1.7 …");
  });
});
