import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const production = process.env.NODE_ENV === "production";

export const env = createEnv({
  server: {
    /** The session secret (see @arco/auth); here it keys the hashes of requesters' IPs. */
    AUTH_SECRET: production
      ? z.string().min(32)
      : z.string().min(32).default("arco-development-secret-do-not-use-in-production"),
    /** Public origin of the app, for links in emails (never taken from request headers). */
    APP_URL: z.url().default("http://localhost:3000"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
