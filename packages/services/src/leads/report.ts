import { randomBytes } from "node:crypto";

import type { DbOrTx } from "@arco/db";
import { urlAnalyses } from "@arco/db/schema";
import type { EmailMessage } from "@arco/email";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";

type ReportProps = Extract<EmailMessage, { template: "analysis-report" }>["props"];
type Severity = ReportProps["topFindings"][number]["severity"];

/** The fixes an email has room for; the full report lists the rest. */
const TOP_FINDINGS = 5;

const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

// The analyzer owns the report's schema; only the fields the email shows are read, and a
// finding that does not have them is skipped rather than failing the whole email.
const findingSchema = z.object({
  title: z.string().min(1),
  severity: z.enum(["critical", "high", "medium", "low", "info"]),
  fix: z.string(),
});

export function topFindingsOf(report: Record<string, unknown> | null): ReportProps["topFindings"] {
  const findings = Array.isArray(report?.findings) ? report.findings : [];
  return findings
    .flatMap((finding) => {
      const parsed = findingSchema.safeParse(finding);
      // "info" findings are observations, not fixes.
      return parsed.success && parsed.data.severity !== "info" ? [parsed.data] : [];
    })
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity])
    .slice(0, TOP_FINDINGS);
}

export function categoriesOf(analysis: {
  performanceScore: number | null;
  accessibilityScore: number | null;
  bestPracticesScore: number | null;
  seoScore: number | null;
  securityScore: number | null;
}): ReportProps["categories"] {
  const categories: [ReportProps["categories"][number]["category"], number | null][] = [
    ["performance", analysis.performanceScore],
    ["accessibility", analysis.accessibilityScore],
    ["bestPractices", analysis.bestPracticesScore],
    ["seo", analysis.seoScore],
    ["security", analysis.securityScore],
  ];
  return categories.flatMap(([category, score]) => (score === null ? [] : [{ category, score }]));
}

/**
 * The analysis's public share token, created on first use. One statement, so concurrent callers
 * agree on the same token. The token is random and the shared page shows the report only.
 */
export async function ensureShareToken(db: DbOrTx, analysisId: string): Promise<string> {
  const [row] = await db
    .update(urlAnalyses)
    .set({
      shareToken: sql`coalesce(${urlAnalyses.shareToken}, ${randomBytes(32).toString("base64url")})`,
    })
    .where(eq(urlAnalyses.id, analysisId))
    .returning({ shareToken: urlAnalyses.shareToken });
  if (!row?.shareToken) throw new Error(`Analysis ${analysisId} disappeared while being shared.`);
  return row.shareToken;
}

export const reportUrlFor = (appUrl: string, shareToken: string) =>
  new URL(`/r/${shareToken}`, appUrl).toString();
