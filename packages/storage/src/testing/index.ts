// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- s3rver ships no types; these are its few this package uses
/// <reference path="./s3rver.d.ts" />

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

import { createS3Store } from "../s3";
import type { S3StoreOptions } from "../s3";

export interface S3StandIn {
  endpoint: string;
  /** Where s3rver keeps the bucket (files on disk). */
  directory: string;
  /** An S3 store on the stand-in's bucket `arco-test`. */
  store(options?: Partial<S3StoreOptions>): ReturnType<typeof createS3Store>;
  close(): Promise<void>;
}

/**
 * An S3 stand-in for tests: s3rver on 127.0.0.1, which answers S3's REST requests (PutObject,
 * multipart uploads, GetObject, presigned query-string requests) from files on disk. The real
 * AWS SDK talks to it.
 */
export async function startS3StandIn(): Promise<S3StandIn> {
  const directory = await mkdtemp(path.join(tmpdir(), "arco-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: "arco-test" }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    directory,
    store: (options = {}) =>
      createS3Store({
        bucket: "arco-test",
        endpoint,
        region: "us-east-1",
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        forcePathStyle: true,
        ...options,
      }),
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
