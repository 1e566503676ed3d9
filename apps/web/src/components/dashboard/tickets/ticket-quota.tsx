import type { RouterOutputs } from "@arco/api";
import { useFormatter, useTranslations } from "next-intl";

import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { UsageMeter } from "~/components/dashboard/usage-meter";

type TicketQuota = RouterOutputs["tickets"]["quota"];

export const quotaUsedUp = (quota: TicketQuota) =>
  quota.limit !== null && quota.used >= quota.limit;

/** "12 of 15 this month", the bar, and when the count restarts (the period's end, in the org's zone). */
export function TicketQuotaMeter({ quota }: { quota: TicketQuota }) {
  const t = useTranslations("tickets.quota");
  const format = useFormatter();
  return (
    <UsageMeter
      id="ticket-quota"
      used={quota.used}
      limit={quota.limit}
      text={
        quota.limit === null
          ? t("unlimited", { used: quota.used })
          : t("used", { used: quota.used, limit: quota.limit })
      }
      note={t("restarts", { date: format.dateTime(quota.periodEnd, "dateTimeZone") })}
    />
  );
}

export function TicketUpgradePrompt({ quota }: { quota: TicketQuota }) {
  const t = useTranslations("tickets.quota");
  const format = useFormatter();
  return (
    <UpgradePrompt title={t("usedUpTitle", { limit: quota.limit ?? 0 })}>
      {t("usedUpBody", { date: format.dateTime(quota.periodEnd, "dateTimeZone") })}
    </UpgradePrompt>
  );
}
