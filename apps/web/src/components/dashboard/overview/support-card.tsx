"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { Empty, SectionCard } from "~/components/dashboard/overview/section-card";
import { Badge } from "~/components/ui/badge";
import { useTicketStatusLabel } from "~/components/dashboard/tickets/ticket-badges";
import { useTRPC } from "~/trpc/react";

export function SupportCard({ now }: { now: number }) {
  const t = useTranslations("dashboard.overview.support");
  return (
    <SectionCard
      title={t("title")}
      description={t("description")}
      icon={LifeBuoy}
      link={{ href: "/dashboard/tickets", label: t("all") }}
    >
      <OpenTickets now={now} />
    </SectionCard>
  );
}

/** `now`: the request's time on the server, which "due in 3 hours" counts from. */
function OpenTickets({ now }: { now: number }) {
  const t = useTranslations("dashboard.overview.support");
  const format = useFormatter();
  const statusLabel = useTicketStatusLabel();
  const trpc = useTRPC();
  const { data: tickets } = useSuspenseQuery(trpc.tickets.overview.queryOptions());
  const { open, breached, nextDue, recent } = tickets;
  return (
    <>
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-muted-foreground">{t("open")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{open}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted-foreground">{t("breached")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{breached}</dd>
        </div>
      </dl>
      {nextDue ? (
        <p className="text-sm">
          {t("nextDue", {
            when: format.relativeTime(nextDue.dueAt, now),
            number: String(nextDue.number),
            subject: nextDue.subject,
          })}
        </p>
      ) : null}
      {recent.length === 0 ? (
        <Empty>{t("empty")}</Empty>
      ) : (
        <ul className="grid gap-2">
          {recent.map((ticket) => (
            <li key={ticket.id} className="flex flex-wrap items-center gap-2 text-sm">
              <Link
                href={`/dashboard/tickets/${ticket.id}`}
                className="min-w-0 flex-1 truncate underline-offset-4 hover:underline"
              >
                #{ticket.number} {ticket.subject}
              </Link>
              <Badge variant="secondary">{statusLabel(ticket.status)}</Badge>
              {ticket.slaState === "breached" ? (
                <Badge variant="destructive">{t("late")}</Badge>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only">{t("openCount", { count: open })}</p>
    </>
  );
}
