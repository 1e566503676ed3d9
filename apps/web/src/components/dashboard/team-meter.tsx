import { Sparkles } from "lucide-react";
import Link from "next/link";

import { Progress } from "~/components/ui/progress";
import { plural } from "~/lib/format";
import { cn } from "~/lib/utils";

/** Seats count members and pending invitations alike, as the server does. */
export function seatsLeft(
  memberCount: number,
  pendingInvitations: number,
  maxMembers: number | null,
) {
  return maxMembers === null
    ? Infinity
    : Math.max(0, maxMembers - memberCount - pendingInvitations);
}

export function TeamMeter({
  memberCount,
  pendingInvitations,
  maxMembers,
  className,
}: {
  memberCount: number;
  pendingInvitations: number;
  maxMembers: number | null;
  className?: string;
}) {
  const label =
    maxMembers === null
      ? `${plural(memberCount, "member")}, no limit on your plan`
      : `${memberCount} of ${maxMembers} members`;
  const full = seatsLeft(memberCount, pendingInvitations, maxMembers) === 0;
  const percent = maxMembers ? Math.min(100, (memberCount / maxMembers) * 100) : 0;

  return (
    <div className={cn("grid gap-2", className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-medium" id="team-meter-label">
          {label}
        </p>
        {pendingInvitations > 0 ? (
          <p className="text-sm text-muted-foreground">
            + {plural(pendingInvitations, "pending invitation")}
          </p>
        ) : null}
      </div>
      {maxMembers !== null ? (
        <Progress
          value={percent}
          aria-labelledby="team-meter-label"
          indicatorClassName={full ? "bg-warning" : undefined}
        />
      ) : null}
    </div>
  );
}

export function UpgradePrompt({ maxMembers }: { maxMembers: number }) {
  return (
    <div className="flex items-start gap-3 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm">
      <Sparkles aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <div className="grid min-w-0 gap-2">
        <p>
          <span className="font-medium">Your team is full.</span> Your plan allows{" "}
          {plural(maxMembers, "team member")}, counting pending invitations. Upgrade to invite more
          people, or revoke an invitation to free a seat.
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
