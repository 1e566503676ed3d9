import "server-only";

import { getLocale } from "next-intl/server";
import { LIGHTHOUSE_AUDITS } from "@arco/analyzer";
import { auditTitle } from "@arco/analyzer/text";

/**
 * Titles of the Lighthouse audits that need a real browser, which reports list by id only, in
 * the visitor's language. Read on the server: the analyzer's entry point loads jsdom and must
 * never reach the browser bundle.
 */
export async function getBrowserAuditTitles(): Promise<Record<string, string>> {
  const locale = await getLocale();
  return Object.fromEntries(
    LIGHTHOUSE_AUDITS.filter((audit) => audit.class === "browser").map((audit) => [
      audit.id,
      auditTitle(audit.id, locale) ?? audit.title,
    ]),
  );
}
