import type { Report } from "@arco/analyzer/report";

import { CategoryBreakdown } from "~/components/analysis/report/category-breakdown";
import { Findings } from "~/components/analysis/report/findings";
import { LighthouseAudits } from "~/components/analysis/report/lighthouse-audits";
import { NetworkSignals } from "~/components/analysis/report/network-signals";
import { NotEvaluated } from "~/components/analysis/report/not-evaluated";
import { ScoreSummary } from "~/components/analysis/report/score-summary";

/**
 * The whole report of one analysis, as the result page and the shared link show it: scores,
 * the categories, findings by impact with their fixes, the Lighthouse-equivalent audits, the
 * network signals and what could not be evaluated without a browser.
 */
export function AnalysisReport({
  report,
  auditTitles,
}: {
  report: Report;
  /** Titles of the audits that need a browser, keyed by Lighthouse id. */
  auditTitles: Record<string, string>;
}) {
  return (
    <div className="grid gap-8">
      <ScoreSummary report={report} />
      <CategoryBreakdown report={report} />
      <Findings findings={report.findings} />
      <LighthouseAudits
        audits={Object.values(report.lighthouse)}
        explained={new Set(report.findings.map((f) => f.lighthouseAuditId))}
      />
      <NetworkSignals report={report} />
      <NotEvaluated ids={report.notEvaluated} titles={auditTitles} warnings={report.warnings} />
    </div>
  );
}
