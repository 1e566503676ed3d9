import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /**
     * Public origin of the web app, for links in emails sent by jobs. Falls back to the web app's
     * NEXT_PUBLIC_APP_URL so the origin is configured once.
     */
    APP_URL: z.url().default("http://localhost:3000"),
    /**
     * `1` (or a URL such as http://localhost:8288): events go to the Inngest dev server. Read by
     * the Inngest SDK too.
     */
    INNGEST_DEV: z.string().optional(),
    /** Key for sending events to Inngest Cloud or a self-hosted `inngest start`. */
    INNGEST_EVENT_KEY: z.string().min(1).optional(),
    /** Signs the calls Inngest makes to /api/inngest; without it (or INNGEST_DEV) none is served. */
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    /** A self-hosted Inngest server; unset: Inngest Cloud (or the dev server in dev mode). */
    INNGEST_BASE_URL: z.url().optional(),
  },
  runtimeEnv: {
    APP_URL: process.env.APP_URL ?? process.env.NEXT_PUBLIC_APP_URL,
    INNGEST_DEV: process.env.INNGEST_DEV,
    INNGEST_EVENT_KEY: process.env.INNGEST_EVENT_KEY,
    INNGEST_SIGNING_KEY: process.env.INNGEST_SIGNING_KEY,
    INNGEST_BASE_URL: process.env.INNGEST_BASE_URL,
  },
  emptyStringAsUndefined: true,
});
