"use client";

import { useQuery } from "@tanstack/react-query";
import { isManager } from "@arco/services/roles";

import { PageHeader } from "~/components/app-shell/app-shell";
import { InvitationsList } from "~/components/dashboard/members/invitations-list";
import { InviteForm } from "~/components/dashboard/members/invite-form";
import { LeaveOrganization } from "~/components/dashboard/members/leave-organization";
import { MembersTable } from "~/components/dashboard/members/members-table";
import { seatsLeft, TeamFullPrompt, TeamMeter } from "~/components/dashboard/team-meter";
import { QueryError } from "~/components/query-error";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { roleLabel } from "~/lib/roles";
import { useTRPC } from "~/trpc/react";

export function MembersView() {
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());

  if (current.isPending) return <Skeleton className="h-40 rounded-xl" />;
  if (current.isError) {
    return <QueryError error={current.error} retry={() => void current.refetch()} />;
  }

  const org = current.data;
  const manager = isManager(org.role);
  const full = seatsLeft(org.memberCount, org.pendingInvitations, org.plan.maxMembers) === 0;

  return (
    <>
      <PageHeader
        title="Members"
        description={
          manager
            ? `Everyone in ${org.name}. Invite people, change roles and manage access.`
            : org.role === "staff"
              ? `Everyone in ${org.name}. The team is managed by the client’s owners and admins.`
              : `Everyone in ${org.name}. You’re a ${roleLabel[org.role].toLowerCase()}, so the team is managed by its owners and admins.`
        }
      />

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Team size</h2>
          </CardTitle>
          <CardDescription>
            {org.plan.name} plan
            {org.plan.maxMembers === null ? ", unlimited members" : ""}
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
