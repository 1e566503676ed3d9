import { z } from "zod";

/**
 * Configuration of the accessibility audits, validated once at start-up.
 *
 * ANALYZER_ACCESSIBILITY_TIMEOUT_MS: the deadline for one page's accessibility audits, in whole
 * milliseconds (default 20 s). The test suites raise it: on a machine kept busy, a low-priority
 * analysis thread may need longer than that even for a small page.
 */
export const auditEnv = z
  .object({ ANALYZER_ACCESSIBILITY_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000) })
  .parse({
    ANALYZER_ACCESSIBILITY_TIMEOUT_MS: process.env.ANALYZER_ACCESSIBILITY_TIMEOUT_MS || undefined,
  });
