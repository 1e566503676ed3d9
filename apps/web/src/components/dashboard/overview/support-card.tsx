"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { LifeBuoy } from "lucide-react";
import Link from "next/link";

import { Empty, SectionCard } from "~/components/dashboard/overview/section-card";
import { Badge } from "~/components/ui/badge";
import { formatRelative, plural } from "~/lib/format";
import { humanize } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";

export function SupportCard() {
  return (
    <SectionCard
      title="Support"
      description="Open tickets and our response times."
      icon={LifeBuoy}
      link={{ href: "/dashboard/tickets", label: "All tickets" }}
    >
      <OpenTickets />
    </SectionCard>
  );
}

function OpenTickets() {
  const trpc = useTRPC();
  const { data: tickets } = useSuspenseQuery(trpc.tickets.overview.queryOptions());
  const { open, breached, nextDue, recent } = tickets;
  return (
    <>
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-muted-foreground">Open</dt>
          <dd className="text-2xl font-semibold tabular-nums">{open}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted-foreground">Past the response time</dt>
          <dd className="text-2xl font-semibold tabular-nums">{breached}</dd>
        </div>
      </dl>
      {nextDue ? (
        <p className="text-sm">
          Next answer due {formatRelative(nextDue.dueAt)}: #{nextDue.number} {nextDue.subject}
        </p>
      ) : null}
      {recent.length === 0 ? (
        <Empty>No open tickets. Need something? Open one from Support.</Empty>
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
              <Badge variant="secondary">{humanize(ticket.status)}</Badge>
              {ticket.slaState === "breached" ? <Badge variant="destructive">Late</Badge> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only">{plural(open, "open ticket")}</p>
    </>
  );
}
