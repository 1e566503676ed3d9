import { env as dbEnv } from "@arco/db/env";
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  extends: [dbEnv],
  shared: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  server: {
    /**
     * Public origin of the app: canonical links, share previews, the same-site check. Read when
     * the server starts, so one build serves any address.
     */
    APP_URL: z.url().default("http://localhost:3000"),
  },
  client: {},
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    APP_URL: process.env.APP_URL ?? process.env.NEXT_PUBLIC_APP_URL,
  },
  emptyStringAsUndefined: true,
});
