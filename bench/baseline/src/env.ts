import { z } from "zod";

/** What the baseline reads from the environment, validated as create-t3-app's env.js does. */
export const env = z.object({ DATABASE_URL: z.url() }).parse(process.env);
