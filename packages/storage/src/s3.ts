import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  NoSuchKey,
  S3Client,
} from "@aws-sdk/client-s3";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
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
  /**
   * Answer downloads with presigned URLs (the browser fetches the bytes from the bucket): only
   * when browsers can reach the endpoint.
   */
  presignDownloads?: boolean;
}

/**
 * Uploads go in parts of this size, at most this many at once: one upload holds at most
 * PART_BYTES × PARTS_IN_FLIGHT in memory, whatever the file's size. A body smaller than one
 * part is sent as a single PutObject.
 */
export const PART_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

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
    async check() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },
    async put(key, body, { contentType }) {
      assertValidKey(key);
      // Parts are sent while the body is still arriving; a failed body aborts the upload.
      await new Upload({
        client,
        params: { Bucket, Key: key, Body: body, ContentType: contentType },
        partSize: PART_BYTES,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      }).done();
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
    ...(options.presignDownloads
      ? {
          presignDownload(key, { contentType, contentDisposition, expiresInSeconds }) {
            assertValidKey(key);
            const command = new GetObjectCommand({
              Bucket,
              Key: key,
              ResponseContentType: contentType,
              ResponseContentDisposition: contentDisposition,
              ResponseCacheControl: "private, no-store",
            });
            return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
          },
        }
      : {}),
  };
}
