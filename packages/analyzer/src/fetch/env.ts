import { z } from "zod";

import { parseAllowList } from "./address";

/**
 * Configuration of `safeFetch`, validated once at start-up.
 *
 * ANALYZER_FETCH_ALLOW: comma-separated host names, IP addresses or CIDR ranges that `safeFetch`
 * may reach although they are not public (and on any port), e.g. `127.0.0.1` for tests and the
 * benchmark, or `10.0.0.0/8,intranet.example` for a self-hoster analyzing internal sites. Empty by
 * default: nothing but public addresses on ports 80/443. Never derive it from user input.
 */
const schema = z.object({
  ANALYZER_FETCH_ALLOW: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ""),
    )
    .superRefine((entries, ctx) => {
      try {
        parseAllowList(entries);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
});

export const fetchEnv = schema.parse({ ANALYZER_FETCH_ALLOW: process.env.ANALYZER_FETCH_ALLOW });
