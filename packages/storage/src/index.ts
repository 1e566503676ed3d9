import { existsSync } from "node:fs";
import path from "node:path";

import { env } from "./env";
import { createLocalStore } from "./local";
import { createS3Store } from "./s3";
import type { ObjectStore } from "./types";

export { detectContentType, SNIFF_BYTES } from "./content-type";
export { createLocalStore } from "./local";
export { createMeter, TooManyBytesError } from "./meter";
export { createS3Store, PART_BYTES } from "./s3";
export type { S3StoreOptions } from "./s3";
export { assertValidKey, ObjectNotFoundError } from "./types";
export type { ObjectStore, PresignOptions, PutOptions } from "./types";

/** The repository root (holding pnpm-workspace.yaml) above `from`, or `from` itself. */
function baseDir(from = process.cwd()) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

/** Where a relative STORAGE_DIR points. */
export const resolveStorageDir = (dir: string, from?: string) => path.resolve(baseDir(from), dir);

let store: ObjectStore | undefined;

/** The process-wide store: S3 when S3_BUCKET is set, otherwise the local folder. */
export function getObjectStore(): ObjectStore {
  store ??= env.S3_BUCKET
    ? createS3Store({
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
        presignDownloads: env.S3_PRESIGN_DOWNLOADS,
      })
    : createLocalStore(resolveStorageDir(env.STORAGE_DIR));
  return store;
}
