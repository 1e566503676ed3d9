import { z } from "zod";

import { parseAllowList } from "./address.ts";

/**
 * Configuration of `safeFetch` and `readCertificate`, validated once at start-up.
 *
 * ANALYZER_FETCH_ALLOW: comma-separated destinations that may be reached although they are not
 * public. Empty by default: nothing but public addresses on ports 80/443. Never derive it from user
 * input. Each entry is a host name (exact), an IP address or a CIDR range, and opens ports 80 and
 * 443 only, unless it names one port after a colon:
 *
 *   127.0.0.1               80 and 443
 *   127.0.0.1:8080          8080 only          10.0.0.0/8:8080     8080 on the whole range
 *   intranet.example:8443   8443 only          ::1, fd00::/8       80 and 443
 *   [::1]:3000              IPv6 takes a port only in brackets; [fd00::/8]:3000 for a range
 *
 * For several ports repeat the entry (`127.0.0.1:3000,127.0.0.1:3001`). So `10.0.0.0/8` opens the
 * range's web servers, not its Redis or SSH. An invalid entry (port 0 or above 65535, bad CIDR, an
 * unbracketed IPv6 that reads as address plus port such as `::1:3000`) fails start-up, naming it.
 * E.g. `127.0.0.1:3000` for a local test site, `10.0.0.0/8,intranet.example:8443` for a
 * self-hoster analyzing internal sites.
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
