import { ChevronRight } from "lucide-react";
import type { Finding } from "@arco/analyzer/report";

import { Badge } from "~/components/ui/badge";
import { categoryLabel, severityLabel } from "~/lib/analysis";
import { plural } from "~/lib/format";
import { cn } from "~/lib/utils";
import { EvidenceBlock } from "~/components/analysis/report/evidence-block";
import { severityIcon } from "~/components/analysis/report/severity-icon";

/** One finding, folded: its title and category; open, why it matters, the fix and where. */
export function FindingItem({ finding }: { finding: Finding }) {
  const { icon: Icon, tone } = severityIcon[finding.severity];
  const more = finding.count - finding.evidence.length;
  return (
    <details
      className="group rounded-xl border bg-card shadow-sm open:shadow-md"
      open={finding.severity === "critical"}
    >
      <summary className="flex cursor-pointer list-none items-start gap-3 rounded-xl p-4 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
        <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", tone)} />
        <span className="grid min-w-0 flex-1 gap-1">
          <span className="font-medium">{finding.title}</span>
          <span className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
            <Badge variant="secondary">{categoryLabel[finding.category]}</Badge>
            {finding.count > 1 ? <span>{plural(finding.count, "occurrence")}</span> : null}
            <span className="sr-only">, {severityLabel[finding.severity]}</span>
          </span>
        </span>
        <ChevronRight
          aria-hidden
          className="mt-0.5 size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-90"
        />
      </summary>
      <div className="grid gap-4 border-t px-4 pt-4 pb-5 sm:pl-11">
        <p className="text-sm text-pretty">{finding.explanation}</p>
        <div className="grid gap-1 rounded-lg bg-success/10 px-3 py-2.5 text-sm">
          <p className="font-medium">How to fix it</p>
          <p className="text-pretty">{finding.fix}</p>
        </div>
        {finding.evidence.length > 0 ? (
          <div className="grid gap-2">
            <p className="text-sm font-medium">
              {finding.evidence.length === 1 ? "Where" : `Where (${finding.count})`}
            </p>
            <ul className="grid gap-2">
              {finding.evidence.map((evidence, index) => (
                <li key={index}>
                  <EvidenceBlock evidence={evidence} />
                </li>
              ))}
            </ul>
            {more > 0 ? (
              <p className="text-xs text-muted-foreground">And {plural(more, "more")}.</p>
            ) : null}
          </div>
        ) : null}
        {finding.lighthouseAuditId || finding.learnMoreUrl ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
            {finding.lighthouseAuditId ? (
              <span>
                Lighthouse audit <code className="font-mono">{finding.lighthouseAuditId}</code>
              </span>
            ) : null}
            {finding.learnMoreUrl ? (
              <a
                href={finding.learnMoreUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                Learn more
                <span className="sr-only"> about {finding.title} (opens in a new tab)</span>
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </details>
  );
}
