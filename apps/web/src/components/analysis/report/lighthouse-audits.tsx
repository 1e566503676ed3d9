import { ChevronRight, CircleAlert, CircleCheck, CircleMinus, Info } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import type { LighthouseAuditResult, Verdict } from "@arco/analyzer/report";

import { Badge } from "~/components/ui/badge";
import { plural } from "~/lib/format";
import { cn } from "~/lib/utils";
import { SectionHeading } from "~/components/analysis/report/section-heading";
import { EvidenceBlock } from "~/components/analysis/report/evidence-block";

const verdictGroups: {
  verdict: Verdict;
  title: string;
  icon: LucideIcon;
  tone: string;
  open: boolean;
}[] = [
  { verdict: "fail", title: "Failed", icon: CircleAlert, tone: "text-destructive", open: true },
  { verdict: "pass", title: "Passed", icon: CircleCheck, tone: "text-success", open: false },
  { verdict: "info", title: "For manual review", icon: Info, tone: "text-primary", open: false },
  {
    verdict: "na",
    title: "Not applicable",
    icon: CircleMinus,
    tone: "text-muted-foreground",
    open: false,
  },
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
  const count = (verdict: Verdict) => audits.filter((a) => a.verdict === verdict).length;
  return (
    <section aria-labelledby="lighthouse-title" className="grid gap-4">
      <SectionHeading id="lighthouse-title" title="Lighthouse audits">
        The checks Lighthouse makes that can be decided from the page’s HTML and headers, with the
        same rules: {count("fail")} failed, {count("pass")} passed, {count("na")} not applicable.
      </SectionHeading>
      <div className="grid gap-2">
        {verdictGroups.map(({ verdict, title, icon: Icon, tone, open }) => {
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
                  {title} <span className="text-muted-foreground">({group.length})</span>
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

function AuditRow({ audit, showItems }: { audit: LighthouseAuditResult; showItems: boolean }) {
  const items = audit.verdict === "fail" && showItems ? audit.items.slice(0, 3) : [];
  return (
    <li className="grid gap-1.5 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{audit.title}</span>
        <code className="font-mono text-xs text-muted-foreground">{audit.id}</code>
        <span className="text-xs text-muted-foreground">
          {audit.engine === "axe" ? "axe-core" : "HTML and HTTP rules"}
        </span>
        {audit.verdict === "fail" && audit.itemCount > 0 ? (
          <Badge variant="outline" className="ml-auto">
            {plural(audit.itemCount, "item")}
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
