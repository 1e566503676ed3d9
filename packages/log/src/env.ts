import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** The least severe level written: fatal, error, warn, info, debug, trace or silent. */
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    /**
     * Where traces go (OTLP over HTTP, e.g. http://127.0.0.1:4318; `/v1/traces` is added).
     * Unset: no telemetry at all, no SDK loaded. The exporter also reads the other standard
     * `OTEL_EXPORTER_OTLP_*` variables (headers, timeout) itself.
     */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    /** The service name on every span. */
    OTEL_SERVICE_NAME: z.string().min(1).default("arco"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
