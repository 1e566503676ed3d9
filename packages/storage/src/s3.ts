import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import { Readable } from "node:stream";

import { assertValidKey, ObjectNotFoundError } from "./types";
import type { ObjectStore } from "./types";

export interface S3StoreOptions {
  bucket: string;
  endpoint?: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
}

/** Collects a stream of unknown length: S3 needs the length of a single PutObject. */
async function toBuffer(body: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Any S3-compatible service (AWS S3, MinIO, Cloudflare R2, …). */
export function createS3Store(options: S3StoreOptions): ObjectStore {
  const config: S3ClientConfig = {
    region: options.region ?? "us-east-1",
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? false,
    // Plain (not aws-chunked) uploads: understood by every S3-compatible service.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
  if (options.accessKeyId && options.secretAccessKey) {
    config.credentials = {
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
    };
  }
  const client = new S3Client(config);
  const Bucket = options.bucket;

  return {
    kind: "s3",
    async put(key, body, { contentType, size }) {
      assertValidKey(key);
      const payload =
        body instanceof Uint8Array ? body : size === undefined ? await toBuffer(body) : body;
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: payload,
          ContentType: contentType,
          ContentLength: payload instanceof Uint8Array ? payload.byteLength : size,
        }),
      );
    },
    async get(key) {
      assertValidKey(key);
      try {
        const result = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!(result.Body instanceof Readable)) throw new Error("Expected a Node stream from S3.");
        return { body: result.Body, size: result.ContentLength ?? 0 };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") {
          throw new ObjectNotFoundError(key);
        }
        throw error;
      }
    },
    async delete(key) {
      assertValidKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
