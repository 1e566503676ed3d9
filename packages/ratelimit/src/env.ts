import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

import { ruleOverridesSchema } from "./rules";

export const env = createEnv({
  server: {
    /** Upstash REST endpoint. With its token it takes precedence over REDIS_URL. */
    UPSTASH_REDIS_REST_URL: z.url().optional(),
    UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
    /** Plain TCP Redis (redis:// or rediss://), used when Upstash is not configured. */
    REDIS_URL: z.url().optional(),
    /**
     * JSON overrides of the default rules (limit, windowMs, whenStoreUnavailable), e.g. a load
     * test's `{"public.ip":{"limit":10000000}}`. Unset: the defaults below.
     */
    RATE_LIMIT_RULES: z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: "custom", message: "RATE_LIMIT_RULES must be JSON." });
          return z.NEVER;
        }
      })
      .pipe(ruleOverridesSchema)
      .optional(),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
