import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

// `next build` needs no secret: it is required when the production server starts (the web
// app's instrumentation loads this module then), not while the app is being built.
const production =
  process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";

export const env = createEnv({
  server: {
    /**
     * Signs and encrypts session tokens. Required in production (`npx auth secret` makes one);
     * development and tests fall back to a fixed key so Arco starts with no configuration.
     */
    AUTH_SECRET: production
      ? z.string().min(32)
      : z.string().min(32).default("arco-development-secret-do-not-use-in-production"),
    /** Public origin of the app, for links in emails. */
    APP_URL: z.url().default("http://localhost:3000"),
    AUTH_GOOGLE_ID: z.string().optional(),
    AUTH_GOOGLE_SECRET: z.string().optional(),
    AUTH_GITHUB_ID: z.string().optional(),
    AUTH_GITHUB_SECRET: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

// Auth.js builds its own URLs (sign-in links, redirects after sign-in) from AUTH_URL when set,
// and otherwise from the request's Host header, which the client writes. Arco's public origin
// is APP_URL: Auth.js uses that unless AUTH_URL says otherwise.
process.env.AUTH_URL ??= env.APP_URL;
