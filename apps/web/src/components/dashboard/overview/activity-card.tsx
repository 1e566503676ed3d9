"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { Empty, SectionCard } from "~/components/dashboard/overview/section-card";
import { Badge } from "~/components/ui/badge";
import { activityHref, activityKey } from "~/lib/activity";
import { ACTIVITY_LIMIT } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

export function ActivityCard({ now }: { now: number }) {
  const t = useTranslations("dashboard.overview.activity");
  return (
    <SectionCard title={t("title")} description={t("description")} icon={History}>
      <RecentActivity now={now} />
    </SectionCard>
  );
}

/** `now`: the request's time on the server, which relative times count from. */
function RecentActivity({ now }: { now: number }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const trpc = useTRPC();
  const { data: activity } = useSuspenseQuery(
    trpc.orgs.activity.queryOptions({ limit: ACTIVITY_LIMIT }),
  );
  return activity.items.length === 0 ? (
    <Empty>{t("overview.activity.empty")}</Empty>
  ) : (
    <ol className="grid gap-3">
      {activity.items.map((entry) => {
        const href = activityHref(entry.resourceType, entry.resourceId);
        return (
          <li key={entry.id} className="grid gap-0.5 text-sm">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium">{entry.actor ?? t("overview.activity.someone")}</span>
              {entry.byStaff ? (
                <Badge variant="secondary">{t("overview.activity.agency")}</Badge>
              ) : null}
              <span>
                {t.rich(`activity.${activityKey(entry.action)}`, {
                  item: (chunks) =>
                    href ? (
                      <Link
                        href={href}
                        className="font-medium underline underline-offset-4 hover:text-primary"
                      >
                        {chunks}
                      </Link>
                    ) : (
                      chunks
                    ),
                })}
              </span>
            </p>
            <time
              dateTime={entry.createdAt.toISOString()}
              title={format.dateTime(entry.createdAt, "dateTimeZone")}
              className="text-xs text-muted-foreground"
            >
              {format.relativeTime(entry.createdAt, now)}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
