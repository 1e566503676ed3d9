import { ChevronRight } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { Finding } from "@arco/analyzer/report";
import { localizeFinding } from "@arco/analyzer/text";

import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";
import { EvidenceBlock } from "~/components/analysis/report/evidence-block";
import { useCategoryLabel, useSeverityLabel } from "~/components/analysis/report/labels";
import { severityIcon } from "~/components/analysis/report/severity-icon";

/** One finding, folded: its title and category; open, why it matters, the fix and where. */
export function FindingItem({ finding: stored }: { finding: Finding }) {
  const t = useTranslations("findings.item");
  const categoryLabel = useCategoryLabel();
  const severityLabel = useSeverityLabel();
  const locale = useLocale();
  const finding = localizeFinding(stored, locale);
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
            <Badge variant="secondary">{categoryLabel(finding.category)}</Badge>
            {finding.count > 1 ? <span>{t("occurrences", { count: finding.count })}</span> : null}
            <span className="sr-only">
              {t("severity", { severity: severityLabel(finding.severity) })}
            </span>
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
          <p className="font-medium">{t("howToFix")}</p>
          <p className="text-pretty">{finding.fix}</p>
        </div>
        {finding.evidence.length > 0 ? (
          <div className="grid gap-2">
            <p className="text-sm font-medium">
              {finding.evidence.length === 1
                ? t("where")
                : t("whereCount", { count: finding.count })}
            </p>
            <ul className="grid gap-2">
              {finding.evidence.map((evidence, index) => (
                <li key={index}>
                  <EvidenceBlock evidence={evidence} />
                </li>
              ))}
            </ul>
            {more > 0 ? (
              <p className="text-xs text-muted-foreground">{t("more", { count: more })}</p>
            ) : null}
          </div>
        ) : null}
        {finding.lighthouseAuditId || finding.learnMoreUrl ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
            {finding.lighthouseAuditId ? (
              <span>
                {t.rich("lighthouseAudit", {
                  id: finding.lighthouseAuditId,
                  code: (chunks) => <code className="font-mono">{chunks}</code>,
                })}
              </span>
            ) : null}
            {finding.learnMoreUrl ? (
              <a
                href={finding.learnMoreUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                {t.rich("learnMore", {
                  title: finding.title,
                  sr: (chunks) => <span className="sr-only">{chunks}</span>,
                })}
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </details>
  );
}
