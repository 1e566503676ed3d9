import type { RouterOutputs } from "@arco/api";

import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { UsageMeter } from "~/components/dashboard/usage-meter";
import { formatDate, plural } from "~/lib/format";

type TicketQuota = RouterOutputs["tickets"]["quota"];

export const quotaUsedUp = (quota: TicketQuota) =>
  quota.limit !== null && quota.used >= quota.limit;

/** "12 of 15 this month", the bar, and the day the count restarts. */
export function TicketQuotaMeter({ quota }: { quota: TicketQuota }) {
  return (
    <UsageMeter
      id="ticket-quota"
      used={quota.used}
      limit={quota.limit}
      unit="this month"
      text={
        quota.limit === null
          ? `${plural(quota.used, "ticket")} this month, no limit on your plan`
          : undefined
      }
      note={`The count restarts on ${formatDate(quota.periodEnd)}`}
    />
  );
}

export function TicketUpgradePrompt({ quota }: { quota: TicketQuota }) {
  return (
    <UpgradePrompt title={`You’ve used all ${quota.limit} tickets of this month.`}>
      The count restarts on {formatDate(quota.periodEnd)}. Upgrade your plan for more tickets and a
      faster response time.
    </UpgradePrompt>
  );
}
