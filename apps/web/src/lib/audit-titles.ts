import "server-only";

import { LIGHTHOUSE_AUDITS } from "@arco/analyzer";

/**
 * Titles of the Lighthouse audits that need a real browser, which reports list by id only. Read
 * on the server: the analyzer's entry point loads jsdom and must never reach the browser bundle.
 */
export const browserAuditTitles: Record<string, string> = Object.fromEntries(
  LIGHTHOUSE_AUDITS.filter((audit) => audit.class === "browser").map((audit) => [
    audit.id,
    audit.title,
  ]),
);
