import type { Finding } from "@arco/analyzer/report";

import { FindingItem } from "~/components/analysis/report/finding-item";
import { FindingsFilter } from "~/components/analysis/report/findings-filter";
import { SectionHeading } from "~/components/analysis/report/section-heading";
import { plural } from "~/lib/format";

/**
 * "What to fix": every finding, rendered here (on the server where the page is), handed to the
 * one client part of the report, which filters them by category.
 */
export function Findings({ findings }: { findings: Finding[] }) {
  return (
    <section aria-labelledby="findings-title" className="grid gap-4">
      <SectionHeading id="findings-title" title="What to fix">
        {findings.length === 0
          ? "Nothing to fix: every check this analysis could run passed."
          : `${plural(findings.length, "finding")}, most important first. Open one to see why it matters and how to fix it.`}
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
