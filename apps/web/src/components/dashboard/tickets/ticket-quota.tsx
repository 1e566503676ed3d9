import { Sparkles } from "lucide-react";
import Link from "next/link";

import { Progress } from "~/components/ui/progress";
import { formatDate, plural } from "~/lib/format";

export interface TicketQuota {
  used: number;
  limit: number | null;
  periodStart: Date;
  periodEnd: Date;
}

export const quotaUsedUp = (quota: TicketQuota) =>
  quota.limit !== null && quota.used >= quota.limit;

/** "12 of 15 this month", the bar, and the day the count restarts. */
export function TicketQuotaMeter({ quota }: { quota: TicketQuota }) {
  const full = quotaUsedUp(quota);
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-medium" id="ticket-quota-label">
          {quota.limit === null
            ? `${plural(quota.used, "ticket")} this month, no limit on your plan`
            : `${quota.used} of ${quota.limit} this month`}
        </p>
        <p className="text-sm text-muted-foreground">
          The count restarts on {formatDate(quota.periodEnd)}
        </p>
      </div>
      {quota.limit !== null ? (
        <Progress
          value={quota.limit === 0 ? 100 : Math.min(100, (quota.used / quota.limit) * 100)}
          aria-labelledby="ticket-quota-label"
          indicatorClassName={full ? "bg-warning" : undefined}
        />
      ) : null}
    </div>
  );
}

export function TicketUpgradePrompt({ quota }: { quota: TicketQuota }) {
  return (
    <div className="flex items-start gap-3 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm">
      <Sparkles aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <div className="grid min-w-0 gap-2">
        <p>
          <span className="font-medium">You’ve used all {quota.limit} tickets of this month.</span>{" "}
          The count restarts on {formatDate(quota.periodEnd)}. Upgrade your plan for more tickets
          and a faster response time.
        </p>
        <Link
          href="/#pricing"
          className="w-fit font-medium text-primary underline-offset-4 hover:underline"
        >
          Compare plans
        </Link>
      </div>
    </div>
  );
}
