"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Globe } from "lucide-react";
import Link from "next/link";

import { Empty, SectionCard } from "~/components/dashboard/overview/section-card";
import { Badge } from "~/components/ui/badge";
import { formatDate, plural } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

export function DomainsCard() {
  return (
    <SectionCard
      title="Domains and certificates"
      description="Renewals and certificates that expire within 30 days."
      icon={Globe}
      link={{ href: "/dashboard/domains", label: "All domains" }}
    >
      <ExpiringDomains />
    </SectionCard>
  );
}

function ExpiringDomains() {
  const trpc = useTRPC();
  const { data: domains } = useSuspenseQuery(trpc.domains.overview.queryOptions());
  return domains.expiringSoon.length === 0 ? (
    <Empty>
      {domains.total === 0
        ? "No domains yet."
        : `Nothing expires in the next 30 days across ${plural(domains.total, "domain")}.`}
    </Empty>
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
            {item.kind === "renewal" ? "Registration" : "Certificate"} expires{" "}
            {formatDate(new Date(item.expiresOn))}
            <Badge variant={item.daysLeft <= 7 ? "destructive" : "secondary"}>
              {item.daysLeft <= 0 ? "Expired" : `${plural(item.daysLeft, "day")} left`}
            </Badge>
          </span>
        </li>
      ))}
    </ul>
  );
}
