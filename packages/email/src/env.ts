import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Resend API key. Unset: emails are stored in the outbox and the mail drop. */
    RESEND_API_KEY: z.string().min(1).optional(),
    /** Another Resend-compatible endpoint (the tests' local server, a proxy). */
    RESEND_BASE_URL: z.url().optional(),
    /** Sender of every email, e.g. `Arco <hello@example.com>`; its domain must be verified in Resend. */
    EMAIL_FROM: z.string().min(3).default("Arco <no-reply@arco.test>"),
    /**
     * Without Resend, every message is also written whole to this folder (relative paths resolve
     * from the repository root): the way to read sign-in, verification and invitation links on a
     * machine with no email provider. The outbox in the app keeps them without those links.
     */
    EMAIL_DROP_DIR: z.string().min(1).default(".data/mail"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
