import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** A yes/no variable: "true"/"1" or "false"/"0". */
const flag = (fallback: "true" | "false") =>
  z
    .enum(["true", "false", "1", "0"])
    .default(fallback)
    .transform((v) => v === "true" || v === "1");

export const env = createEnv({
  server: {
    /**
     * Folder of the local driver (the default). Relative paths resolve from the repository root
     * (the folder holding pnpm-workspace.yaml), or from the process's working directory outside
     * the repository.
     */
    STORAGE_DIR: z.string().min(1).default(".data/storage"),
    /** Setting a bucket switches to the S3-compatible driver. */
    S3_BUCKET: z.string().min(1).optional(),
    /** Endpoint of an S3-compatible service (MinIO, R2, …); unset means AWS itself. */
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** "true" for services that need path-style URLs (MinIO, most self-hosted ones). */
    S3_FORCE_PATH_STYLE: flag("false"),
    /**
     * "true": downloads redirect to a presigned URL on the bucket, so the bytes skip the app.
     * Only when browsers can reach S3_ENDPOINT (not an address inside a private network).
     */
    S3_PRESIGN_DOWNLOADS: flag("false"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
