import type { Finding } from "@arco/analyzer/report";
import { useTranslations } from "next-intl";

import { FindingItem } from "~/components/analysis/report/finding-item";
import { FindingsFilter } from "~/components/analysis/report/findings-filter";
import { SectionHeading } from "~/components/analysis/report/section-heading";

/**
 * "What to fix": every finding, rendered here (on the server where the page is), handed to the
 * one client part of the report, which filters them by category.
 */
export function Findings({ findings }: { findings: Finding[] }) {
  const t = useTranslations("report.findings");
  return (
    <section aria-labelledby="findings-title" className="grid gap-4">
      <SectionHeading id="findings-title" title={t("title")}>
        {findings.length === 0 ? t("none") : t("intro", { count: findings.length })}
      </SectionHeading>
      {findings.length > 0 ? (
        <FindingsFilter
          findings={findings.map((finding) => ({
            id: finding.id,
            category: finding.category,
            severity: finding.severity,
            item: <FindingItem finding={finding} />,
          }))}
        />
      ) : null}
    </section>
  );
}
