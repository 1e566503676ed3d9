"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ReactNode } from "react";

import type { Category, Severity } from "@arco/analyzer/report";

import {
  useCategoryLabel,
  useSeverityHint,
  useSeverityLabel,
} from "~/components/analysis/report/labels";
import { severityIcon } from "~/components/analysis/report/severity-icon";
import { categories, severities } from "~/lib/analysis";
import { cn } from "~/lib/utils";

/** A finding as the filter needs it: what to filter and group by, and the item already drawn. */
export interface FilterableFinding {
  id: string;
  category: Category;
  severity: Severity;
  item: ReactNode;
}

/**
 * The report's one interactive part: buttons that show the findings of one category (or all),
 * and the findings shown, grouped by severity.
 */
export function FindingsFilter({ findings }: { findings: FilterableFinding[] }) {
  const t = useTranslations("report.findings");
  const categoryLabel = useCategoryLabel();
  const severityLabel = useSeverityLabel();
  const severityHint = useSeverityHint();
  const [filter, setFilter] = useState<Category | "all">("all");
  const shown = filter === "all" ? findings : findings.filter((f) => f.category === filter);
  const countOf = (category: Category) => findings.filter((f) => f.category === category).length;

  return (
    <>
      <div role="group" aria-label={t("filter")} className="flex flex-wrap gap-2">
        <FilterButton active={filter === "all"} onClick={() => setFilter("all")}>
          {t("all")} <span className="text-muted-foreground">{findings.length}</span>
        </FilterButton>
        {categories.map((category) =>
          countOf(category) > 0 ? (
            <FilterButton
              key={category}
              active={filter === category}
              onClick={() => setFilter(category)}
            >
              {categoryLabel(category)}{" "}
              <span className="text-muted-foreground">{countOf(category)}</span>
            </FilterButton>
          ) : null,
        )}
      </div>
      {severities.map((severity) => {
        const group = shown.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const { icon: Icon, tone } = severityIcon[severity];
        return (
          <div key={severity} className="grid gap-2">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h3 className="flex items-center gap-2 font-semibold">
                <Icon aria-hidden className={cn("size-4", tone)} />
                {severityLabel(severity)}
                <span className="font-normal text-muted-foreground">({group.length})</span>
              </h3>
              <p className="text-sm text-muted-foreground">{severityHint(severity)}</p>
            </div>
            <ul className="grid gap-2">
              {group.map((finding) => (
                <li key={finding.id}>{finding.item}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

function FilterButton({
  active,
  onClick,
  children,
}: {
  active: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      className={cn(
        "inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        active
          ? "border-primary bg-primary/10 text-foreground"
          : "bg-background hover:bg-accent dark:bg-input/30",
      )}
    >
      {children}
    </button>
  );
}
