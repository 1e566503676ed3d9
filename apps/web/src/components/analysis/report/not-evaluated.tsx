import { localizeWarning } from "@arco/analyzer/text";
import { CircleMinus, TriangleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";

import { SectionHeading } from "~/components/analysis/report/section-heading";

/** The Lighthouse checks that need a browser, and the analyzer's warnings; nothing when both are empty. */
export function NotEvaluated({
  ids,
  titles,
  warnings,
}: {
  ids: string[];
  titles: Record<string, string>;
  warnings: string[];
}) {
  const t = useTranslations("report.notEvaluated");
  const locale = useLocale();
  if (ids.length === 0 && warnings.length === 0) return null;
  return (
    <section aria-labelledby="not-evaluated-title" className="grid gap-4">
      <SectionHeading id="not-evaluated-title" title={t("title")}>
        {t("intro")}
      </SectionHeading>
      {warnings.length > 0 ? (
        <ul className="grid gap-2">
          {warnings.map((warning) => (
            <li
              key={warning}
              className="flex gap-2 rounded-lg border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
            >
              <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
              {localizeWarning(warning, locale)}
            </li>
          ))}
        </ul>
      ) : null}
      {ids.length > 0 ? (
        <ul className="grid gap-x-6 gap-y-2 rounded-xl border bg-card p-4 text-sm shadow-sm sm:grid-cols-2">
          {ids.map((id) => (
            <li key={id} className="flex gap-2">
              <CircleMinus aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
              <span>
                {titles[id] ?? id}{" "}
                <code className="font-mono text-xs text-muted-foreground">{id}</code>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
