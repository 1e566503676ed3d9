import { ChevronRight, CircleAlert, CircleCheck, CircleMinus, Info } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { LighthouseAuditResult, Verdict } from "@arco/analyzer/report";
import { localizeAudit } from "@arco/analyzer/text";

import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";
import { SectionHeading } from "~/components/analysis/report/section-heading";
import { EvidenceBlock } from "~/components/analysis/report/evidence-block";

/** The verdicts shown, in order; each one's title is `findings.audits.verdicts.<verdict>`. */
const verdictGroups: {
  verdict: "fail" | "pass" | "info" | "na";
  icon: LucideIcon;
  tone: string;
  open: boolean;
}[] = [
  { verdict: "fail", icon: CircleAlert, tone: "text-destructive", open: true },
  { verdict: "pass", icon: CircleCheck, tone: "text-success", open: false },
  { verdict: "info", icon: Info, tone: "text-primary", open: false },
  { verdict: "na", icon: CircleMinus, tone: "text-muted-foreground", open: false },
];

/** The Lighthouse audits this analysis could decide, grouped by verdict, failures open. */
export function LighthouseAudits({
  audits,
  explained,
}: {
  audits: LighthouseAuditResult[];
  /** Audits a finding above already shows with its evidence. */
  explained: Set<string | undefined>;
}) {
  const t = useTranslations("findings.audits");
  const count = (verdict: Verdict) => audits.filter((a) => a.verdict === verdict).length;
  return (
    <section aria-labelledby="lighthouse-title" className="grid gap-4">
      <SectionHeading id="lighthouse-title" title={t("title")}>
        {t("intro", { failed: count("fail"), passed: count("pass"), notApplicable: count("na") })}
      </SectionHeading>
      <div className="grid gap-2">
        {verdictGroups.map(({ verdict, icon: Icon, tone, open }) => {
          const group = audits.filter((a) => a.verdict === verdict);
          if (group.length === 0) return null;
          return (
            <details
              key={verdict}
              open={open}
              className="group rounded-xl border bg-card shadow-sm"
            >
              <summary className="flex cursor-pointer list-none items-center gap-3 rounded-xl px-4 py-3 font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
                <Icon aria-hidden className={cn("size-4", tone)} />
                <span className="flex-1">
                  {t(`verdicts.${verdict}`)}{" "}
                  <span className="text-muted-foreground">({group.length})</span>
                </span>
                <ChevronRight
                  aria-hidden
                  className="size-4 text-muted-foreground transition-transform group-open:rotate-90"
                />
              </summary>
              <ul className="divide-y border-t">
                {group.map((audit) => (
                  <AuditRow key={audit.id} audit={audit} showItems={!explained.has(audit.id)} />
                ))}
              </ul>
            </details>
          );
        })}
      </div>
    </section>
  );
}

function AuditRow({
  audit: stored,
  showItems,
}: {
  audit: LighthouseAuditResult;
  showItems: boolean;
}) {
  const t = useTranslations("findings.audits");
  const audit = localizeAudit(stored, useLocale());
  const items = audit.verdict === "fail" && showItems ? audit.items.slice(0, 3) : [];
  return (
    <li className="grid gap-1.5 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{audit.title}</span>
        <code className="font-mono text-xs text-muted-foreground">{audit.id}</code>
        <span className="text-xs text-muted-foreground">{t(`engines.${audit.engine}`)}</span>
        {audit.verdict === "fail" && audit.itemCount > 0 ? (
          <Badge variant="outline" className="ml-auto">
            {t("items", { count: audit.itemCount })}
          </Badge>
        ) : null}
      </div>
      {audit.explanation ? <p className="text-muted-foreground">{audit.explanation}</p> : null}
      {items.length > 0 ? (
        <ul className="grid gap-1.5">
          {items.map((item, index) => (
            <li key={index}>
              <EvidenceBlock evidence={item} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
