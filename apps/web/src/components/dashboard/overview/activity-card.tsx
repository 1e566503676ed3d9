"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { History } from "lucide-react";

import { Empty, SectionCard } from "~/components/dashboard/overview/section-card";
import { Badge } from "~/components/ui/badge";
import { describeActivity } from "~/lib/activity";
import { formatDateTime, formatRelative } from "~/lib/format";
import { ACTIVITY_LIMIT } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

export function ActivityCard() {
  return (
    <SectionCard
      title="Recent activity"
      description="What changed in the organization, newest first."
      icon={History}
    >
      <RecentActivity />
    </SectionCard>
  );
}

function RecentActivity() {
  const trpc = useTRPC();
  const { data: activity } = useSuspenseQuery(
    trpc.orgs.activity.queryOptions({ limit: ACTIVITY_LIMIT }),
  );
  return activity.items.length === 0 ? (
    <Empty>Nothing has happened here yet.</Empty>
  ) : (
    <ol className="grid gap-3">
      {activity.items.map((entry) => (
        <li key={entry.id} className="grid gap-0.5 text-sm">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium">{entry.actor ?? "Someone"}</span>
            {entry.byStaff ? <Badge variant="secondary">Agency</Badge> : null}
            <span>{describeActivity(entry.action, entry.resourceType)}</span>
          </p>
          <time
            dateTime={entry.createdAt.toISOString()}
            title={formatDateTime(entry.createdAt)}
            className="text-xs text-muted-foreground"
          >
            {formatRelative(entry.createdAt)}
          </time>
        </li>
      ))}
    </ol>
  );
}
