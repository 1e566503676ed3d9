"use client";

import { allows } from "@arco/services/roles";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
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
import { useTRPC } from "~/trpc/react";

export function TicketsView() {
  const t = useTranslations("tickets");
  const format = useFormatter();
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
        title={t("list.title")}
        description={t("list.description")}
        actions={canWork ? <NewTicketDialog disabled={usedUp} /> : null}
      />

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("quota.title")}</h2>
          </CardTitle>
          <CardDescription>
            {current.data
              ? t("quota.plan", { plan: current.data.plan.name })
              : t("quota.planFallback")}
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
          {t("list.heading")}
        </h2>
        <TicketFilters value={filters} onChange={setFilters} />
        <ListStates
          query={list}
          items={items}
          loadingLabel={t("list.loading")}
          rowClassName="h-16"
          empty={
            <EmptyState
              icon={LifeBuoy}
              title={filtered ? t("list.emptyFiltered") : t("list.empty")}
              action={canWork && !filtered ? <NewTicketDialog disabled={usedUp} /> : null}
            >
              {filtered
                ? t("list.emptyFilteredHint")
                : canWork
                  ? t("list.emptyCanWork")
                  : t("list.emptyViewer")}
            </EmptyState>
          }
        >
          {(tickets) => (
            <ul className="grid gap-2">
              {tickets.map((ticket) => (
                <li key={ticket.id}>
                  <Link
                    href={`/dashboard/tickets/${ticket.id}`}
                    className="grid gap-2 rounded-xl border p-4 transition-colors hover:bg-muted/40 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
                  >
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="text-sm text-muted-foreground">#{ticket.number}</span>
                      <span className="min-w-0 font-medium break-words">{ticket.subject}</span>
                    </div>
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <TicketStatusBadge status={ticket.status} />
                      <PriorityBadge priority={ticket.priority} />
                      <SlaBadge state={ticket.slaState} dueAt={ticket.firstResponseDueAt} />
                      {ticket.projectName ? (
                        <span className="text-muted-foreground">{ticket.projectName}</span>
                      ) : null}
                      <span className="text-muted-foreground">
                        {t("list.opened", { date: format.dateTime(ticket.createdAt, "date") })}
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
