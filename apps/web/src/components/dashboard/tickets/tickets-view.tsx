"use client";

import { allows } from "@arco/services/roles";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { PageHeader } from "~/components/app-shell/app-shell";
import { NewTicketDialog } from "~/components/dashboard/tickets/new-ticket-dialog";
import {
  PriorityBadge,
  SlaBadge,
  TicketStatusBadge,
} from "~/components/dashboard/tickets/ticket-badges";
import { defaultFilters, filterInput, nextCursor } from "~/components/dashboard/tickets/list-input";
import { TicketFilters } from "~/components/dashboard/tickets/ticket-filters";
import {
  quotaUsedUp,
  TicketQuotaMeter,
  TicketUpgradePrompt,
} from "~/components/dashboard/tickets/ticket-quota";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { QueryError } from "~/components/query-error";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

export function TicketsView() {
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const quota = useQuery(trpc.tickets.quota.queryOptions());
  const [filters, setFilters] = useState(defaultFilters);
  const list = useInfiniteQuery(
    trpc.tickets.list.infiniteQueryOptions(filterInput(filters), {
      getNextPageParam: nextCursor,
      placeholderData: keepPreviousData,
    }),
  );
  const canWork = allows(current.data?.role, "workTickets");
  const usedUp = quota.data ? quotaUsedUp(quota.data) : false;
  const items = list.data?.pages.flatMap((p) => p.items);
  const filtered = JSON.stringify(filters) !== JSON.stringify(defaultFilters);

  return (
    <>
      <PageHeader
        title="Support"
        description="Ask the agency for help and follow every request until it is settled."
        actions={canWork ? <NewTicketDialog disabled={usedUp} /> : null}
      />

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Tickets this month</h2>
          </CardTitle>
          <CardDescription>
            {current.data ? `${current.data.plan.name} plan` : "Your plan’s monthly allowance"}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {quota.isPending ? (
            <Skeleton className="h-10" />
          ) : quota.isError ? (
            <QueryError error={quota.error} retry={() => void quota.refetch()} />
          ) : (
            <>
              <TicketQuotaMeter quota={quota.data} />
              {usedUp && canWork ? <TicketUpgradePrompt quota={quota.data} /> : null}
            </>
          )}
        </CardContent>
      </Card>

      <section className="grid gap-4" aria-labelledby="tickets-heading">
        <h2 id="tickets-heading" className="text-lg font-semibold">
          Tickets
        </h2>
        <TicketFilters value={filters} onChange={setFilters} />
        <ListStates
          query={list}
          items={items}
          loadingLabel="Loading tickets"
          rowClassName="h-16"
          empty={
            <EmptyState
              icon={LifeBuoy}
              title={filtered ? "No tickets match these filters." : "No open tickets."}
              action={canWork && !filtered ? <NewTicketDialog disabled={usedUp} /> : null}
            >
              {filtered
                ? "Try another status or priority."
                : canWork
                  ? "Need a change, found a bug or have a question? Open a ticket and the agency will answer."
                  : "When your team opens tickets, you’ll find them here."}
            </EmptyState>
          }
        >
          {(tickets) => (
            <ul className="grid gap-2">
              {tickets.map((t) => (
                <li key={t.id}>
                  <Link
                    href={`/dashboard/tickets/${t.id}`}
                    className="grid gap-2 rounded-xl border p-4 transition-colors hover:bg-muted/40 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
                  >
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="text-sm text-muted-foreground">#{t.number}</span>
                      <span className="min-w-0 font-medium break-words">{t.subject}</span>
                    </div>
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <TicketStatusBadge status={t.status} />
                      <PriorityBadge priority={t.priority} />
                      <SlaBadge state={t.slaState} dueAt={t.firstResponseDueAt} />
                      {t.projectName ? (
                        <span className="text-muted-foreground">{t.projectName}</span>
                      ) : null}
                      <span className="text-muted-foreground">
                        Opened {formatDate(t.createdAt)}
                      </span>
                    </div>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </ListStates>
      </section>
    </>
  );
}
