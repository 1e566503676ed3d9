"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Globe } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { Empty, SectionCard } from "~/components/dashboard/overview/section-card";
import { Badge } from "~/components/ui/badge";
import { useTRPC } from "~/trpc/react";

/** Expiry dates are calendar days ("2026-03-01"), not instants: no time zone may shift them. */
const calendarDay = { dateStyle: "medium", timeZone: "UTC" } as const;

export function DomainsCard() {
  const t = useTranslations("dashboard.overview.domains");
  return (
    <SectionCard
      title={t("title")}
      description={t("description")}
      icon={Globe}
      link={{ href: "/dashboard/domains", label: t("all") }}
    >
      <ExpiringDomains />
    </SectionCard>
  );
}

function ExpiringDomains() {
  const t = useTranslations("dashboard.overview.domains");
  const format = useFormatter();
  const trpc = useTRPC();
  const { data: domains } = useSuspenseQuery(trpc.domains.overview.queryOptions());
  return domains.expiringSoon.length === 0 ? (
    <Empty>{domains.total === 0 ? t("none") : t("nothingExpires", { count: domains.total })}</Empty>
  ) : (
    <ul className="grid gap-2">
      {domains.expiringSoon.map((item) => (
        <li key={`${item.id}-${item.kind}`} className="grid gap-1 text-sm">
          <Link
            href={`/dashboard/domains/${item.id}`}
            className="w-fit max-w-full truncate font-medium underline-offset-4 hover:underline"
          >
            {item.name}
          </Link>
          <span className="flex flex-wrap items-center gap-2 text-muted-foreground">
            {t(item.kind === "renewal" ? "registrationExpires" : "certificateExpires", {
              date: format.dateTime(new Date(item.expiresOn), calendarDay),
            })}
            <Badge variant={item.daysLeft <= 7 ? "destructive" : "secondary"}>
              {item.daysLeft <= 0 ? t("expired") : t("daysLeft", { count: item.daysLeft })}
            </Badge>
          </span>
        </li>
      ))}
    </ul>
  );
}
