"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowRight, Mail, ShieldCheck, Users } from "lucide-react";
import Link from "next/link";

import { PageHeader } from "~/components/app-shell/app-shell";
import { QueryError } from "~/components/query-error";
import { seatsLeft, TeamMeter, UpgradePrompt } from "~/components/dashboard/team-meter";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { plural } from "~/lib/format";
import { isManager, roleDescription, roleLabel, tierLabel } from "~/lib/roles";
import { useTRPC } from "~/trpc/react";

export function Overview() {
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());

  if (current.isPending) return <OverviewSkeleton />;
  if (current.isError) {
    return <QueryError error={current.error} retry={() => void current.refetch()} />;
  }

  const org = current.data;
  const full = seatsLeft(org.memberCount, org.pendingInvitations, org.plan.maxMembers) === 0;
  const manager = isManager(org.role);

  return (
    <>
      <PageHeader
        title={org.name}
        description="Your organization at a glance."
        actions={<Badge className="px-2.5 py-1 text-sm">{tierLabel[org.plan.tier]} plan</Badge>}
      />
      <section aria-labelledby="summary-title" className="grid gap-4">
        <h2 id="summary-title" className="sr-only">
          Summary
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Card className="sm:col-span-2">
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <Users aria-hidden className="size-4 text-primary" />
                <h3>Team</h3>
              </CardTitle>
              <CardDescription>
                The {org.plan.name} plan allows{" "}
                {org.plan.maxMembers === null
                  ? "any number of team members"
                  : plural(org.plan.maxMembers, "team member")}
                .
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <TeamMeter
                memberCount={org.memberCount}
                pendingInvitations={org.pendingInvitations}
                maxMembers={org.plan.maxMembers}
              />
              {full && manager && org.plan.maxMembers !== null ? (
                <UpgradePrompt maxMembers={org.plan.maxMembers} />
              ) : null}
              <Link
                href="/dashboard/members"
                className="inline-flex w-fit items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
              >
                {manager ? "Manage members" : "See members"}
                <ArrowRight aria-hidden className="size-4" />
              </Link>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <Mail aria-hidden className="size-4 text-primary" />
                <h3>Pending invitations</h3>
              </CardTitle>
              <CardDescription>People invited who haven’t joined yet.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-2">
              <p className="text-3xl font-semibold tabular-nums">{org.pendingInvitations}</p>
              {manager ? (
                <Link
                  href="/dashboard/members#invitations"
                  className="w-fit text-sm font-medium text-primary underline-offset-4 hover:underline"
                >
                  {org.pendingInvitations > 0 ? "Review invitations" : "Invite someone"}
                </Link>
              ) : null}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <ShieldCheck aria-hidden className="size-4 text-primary" />
                <h3>Your role</h3>
              </CardTitle>
              <CardDescription>What you can do in {org.name}.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-2">
              <p className="text-3xl font-semibold">{roleLabel[org.role]}</p>
              <p className="text-sm text-muted-foreground">{roleDescription[org.role]}</p>
            </CardContent>
          </Card>
        </div>
      </section>
    </>
  );
}

export function OverviewSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading your organization" className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-5 w-48" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Skeleton className="h-48 rounded-xl sm:col-span-2" />
        <Skeleton className="h-40 rounded-xl" />
        <Skeleton className="h-40 rounded-xl" />
      </div>
    </div>
  );
}
