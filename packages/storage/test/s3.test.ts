import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createS3Store, ObjectNotFoundError } from "../src";
import type { ObjectStore } from "../src";
import { readAll, streamOf } from "./helpers";

let server: S3rver;
let dir: string;
let store: ObjectStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "arco-s3rver-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: "arco-test" }],
  });
  const { port } = await server.run();
  store = createS3Store({
    bucket: "arco-test",
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

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
