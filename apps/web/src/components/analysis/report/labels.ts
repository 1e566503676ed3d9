import type { Category, Severity } from "@arco/analyzer/report";
import { useTranslations } from "next-intl";

import { categoryKey, failureKey } from "~/lib/analysis";

/**
 * The one place categories, severities and failures get their words (`report.categories`,
 * `report.severities`, `report.failures`). Hooks, so both server-rendered and client parts of
 * the report (and the dashboard's history) use them.
 */
export function useCategoryLabel() {
  const t = useTranslations("report.categories");
  return (category: Category) => t(categoryKey[category]);
}

export function useSeverityLabel() {
  const t = useTranslations("report.severities");
  return (severity: Severity) => t(`${severity}.label`);
}

export function useSeverityHint() {
  const t = useTranslations("report.severities");
  return (severity: Severity) => t(`${severity}.hint`);
}

/** Why a run failed, from its error code: a title and what to do about it. */
export function useFailureMessage() {
  const t = useTranslations("report.failures");
  return (code: string | null) => {
    const key = failureKey(code);
    return { title: t(`${key}.title`), message: t(`${key}.message`) };
  };
}
