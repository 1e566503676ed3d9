import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Resend API key. Unset: emails are only stored in the dev outbox, where staff can read them. */
    RESEND_API_KEY: z.string().min(1).optional(),
    /** Another Resend-compatible endpoint (the tests' local server, a proxy). */
    RESEND_BASE_URL: z.url().optional(),
    /** Sender of every email, e.g. `Arco <hello@example.com>`; its domain must be verified in Resend. */
    EMAIL_FROM: z.string().min(3).default("Arco <no-reply@arco.test>"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
