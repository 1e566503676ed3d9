import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { UsageMeter } from "~/components/dashboard/usage-meter";
import { plural } from "~/lib/format";

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
  const full = seatsLeft(memberCount, pendingInvitations, maxMembers) === 0;
  return (
    <UsageMeter
      id="team-meter"
      used={memberCount}
      limit={maxMembers}
      text={
        maxMembers === null
          ? `${plural(memberCount, "member")}, no limit on your plan`
          : `${memberCount} of ${maxMembers} members`
      }
      note={
        pendingInvitations > 0 ? `+ ${plural(pendingInvitations, "pending invitation")}` : undefined
      }
      // Pending invitations hold seats too: the bar warns when no seat is left.
      warnAt={full ? 0 : 1}
      className={className}
    />
  );
}

export function TeamFullPrompt({ maxMembers }: { maxMembers: number }) {
  return (
    <UpgradePrompt title="Your team is full.">
      Your plan allows {plural(maxMembers, "team member")}, counting pending invitations. Upgrade to
      invite more people, or revoke an invitation to free a seat.
    </UpgradePrompt>
  );
}
