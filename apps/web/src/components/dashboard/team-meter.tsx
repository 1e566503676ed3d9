import { useTranslations } from "next-intl";

import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { UsageMeter } from "~/components/dashboard/usage-meter";

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
  const t = useTranslations("dashboard.team");
  const full = seatsLeft(memberCount, pendingInvitations, maxMembers) === 0;
  return (
    <UsageMeter
      id="team-meter"
      used={memberCount}
      limit={maxMembers}
      text={
        maxMembers === null
          ? t("unlimited", { count: memberCount })
          : t("members", { used: memberCount, limit: maxMembers })
      }
      note={pendingInvitations > 0 ? t("pending", { count: pendingInvitations }) : undefined}
      // Pending invitations hold seats too: the bar warns when no seat is left.
      warnAt={full ? 0 : 1}
      className={className}
    />
  );
}

export function TeamFullPrompt({ maxMembers }: { maxMembers: number }) {
  const t = useTranslations("dashboard.team");
  return (
    <UpgradePrompt title={t("fullTitle")}>{t("fullBody", { count: maxMembers })}</UpgradePrompt>
  );
}
