"use client";

import { useQuery } from "@tanstack/react-query";
import { isManager } from "@arco/services/roles";
import { useTranslations } from "next-intl";

import { PageHeader } from "~/components/app-shell/app-shell";
import { InvitationsList } from "~/components/dashboard/members/invitations-list";
import { InviteForm } from "~/components/dashboard/members/invite-form";
import { LeaveOrganization } from "~/components/dashboard/members/leave-organization";
import { MembersTable } from "~/components/dashboard/members/members-table";
import { seatsLeft, TeamFullPrompt, TeamMeter } from "~/components/dashboard/team-meter";
import { QueryError } from "~/components/query-error";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";

export function MembersView() {
  const t = useTranslations("dashboard");
  const tCommon = useTranslations("common");
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());

  if (current.isPending) return <Skeleton className="h-40 rounded-xl" />;
  if (current.isError) {
    return <QueryError error={current.error} retry={() => void current.refetch()} />;
  }

  const org = current.data;
  const manager = isManager(org.role);
  const plan = tCommon("tierPlan", { tier: tCommon(`tiers.${org.plan.tier}`) });
  const full = seatsLeft(org.memberCount, org.pendingInvitations, org.plan.maxMembers) === 0;

  return (
    <>
      <PageHeader
        title={t("meta.members")}
        description={
          manager
            ? t("members.descriptionManager", { org: org.name })
            : org.role === "staff"
              ? t("members.descriptionStaff", { org: org.name })
              : t("members.descriptionOther", { org: org.name, role: org.role })
        }
      />

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("members.teamSize")}</h2>
          </CardTitle>
          <CardDescription>
            {org.plan.maxMembers === null ? t("members.unlimitedMembers", { plan }) : plan}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <TeamMeter
            memberCount={org.memberCount}
            pendingInvitations={org.pendingInvitations}
            maxMembers={org.plan.maxMembers}
          />
          {full && org.plan.maxMembers !== null && manager ? (
            <TeamFullPrompt maxMembers={org.plan.maxMembers} />
          ) : null}
        </CardContent>
      </Card>

      {manager ? <InviteForm full={full} orgName={org.name} /> : null}

      <MembersTable actorRole={org.role} />

      {manager ? <InvitationsList canInvite={!full} /> : null}

      {org.role === "staff" ? null : <LeaveOrganization orgName={org.name} />}
    </>
  );
}
