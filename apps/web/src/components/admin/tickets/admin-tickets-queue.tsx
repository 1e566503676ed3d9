"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Inbox, X } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";

import { defaultFilters, filterInput, nextCursor } from "~/components/dashboard/tickets/list-input";
import {
  PriorityBadge,
  SlaBadge,
  TicketStatusBadge,
} from "~/components/dashboard/tickets/ticket-badges";
import { TicketFilters } from "~/components/dashboard/tickets/ticket-filters";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { Label } from "~/components/ui/label";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { useTRPC } from "~/trpc/react";

/** The agency's ticket queue across every client. */
export function AdminTicketsQueue() {
  const t = useTranslations("admin.tickets");
  const format = useFormatter();
  const trpc = useTRPC();
  const breachedId = useId();
  const [filters, setFilters] = useState(defaultFilters);
  const [breachedOnly, setBreachedOnly] = useState(false);
  const [org, setOrg] = useState<{ id: string; name: string } | null>(null);
  const queue = useInfiniteQuery(
    trpc.admin.tickets.list.infiniteQueryOptions(
      { ...filterInput(filters), breachedOnly, ...(org ? { clientOrgId: org.id } : {}) },
      { getNextPageParam: nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const items = queue.data?.pages.flatMap((p) => p.items);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-4">
        <TicketFilters value={filters} onChange={setFilters} />
        <div className="flex h-9 items-center gap-2">
          <Checkbox
            id={breachedId}
            checked={breachedOnly}
            onCheckedChange={(on) => setBreachedOnly(on === true)}
          />
          <Label htmlFor={breachedId}>{t("overdueOnly")}</Label>
        </div>
        {org ? (
          <Button type="button" variant="secondary" size="sm" onClick={() => setOrg(null)}>
            <X aria-hidden />
            <span>
              {t.rich("clearClient", {
                name: org.name,
                hidden: (chunks) => <span className="sr-only">{chunks}</span>,
              })}
            </span>
          </Button>
        ) : null}
      </div>
      <ListStates
        query={queue}
        items={items}
        loadingLabel={t("loading")}
        empty={
          <EmptyState icon={Inbox} title={t("emptyTitle")}>
            {t("empty")}
          </EmptyState>
        }
      >
        {(tickets) => (
          <div className="overflow-x-auto rounded-xl border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("ticket")}</TableHead>
                  <TableHead>{t("client")}</TableHead>
                  <TableHead>{t("status")}</TableHead>
                  <TableHead>{t("response")}</TableHead>
                  <TableHead>{t("assignee")}</TableHead>
                  <TableHead>{t("opened")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {tickets.map((ticket) => (
                  <TableRow key={ticket.id}>
                    <TableCell className="min-w-56">
                      <Link
                        href={`/admin/tickets/${ticket.id}`}
                        className="font-medium underline-offset-4 hover:underline"
                      >
                        #{ticket.number} {ticket.subject}
                      </Link>
                      <div className="mt-1">
                        <PriorityBadge priority={ticket.priority} />
                      </div>
                    </TableCell>
                    <TableCell>
                      <Button
                        type="button"
                        variant="link"
                        className="h-auto p-0"
                        onClick={() => setOrg({ id: ticket.orgId, name: ticket.orgName })}
                        aria-label={t("onlyClient", { name: ticket.orgName })}
                      >
                        {ticket.orgName}
                      </Button>
                    </TableCell>
                    <TableCell>
                      <TicketStatusBadge status={ticket.status} />
                    </TableCell>
                    <TableCell>
                      <SlaBadge state={ticket.slaState} dueAt={ticket.firstResponseDueAt} />
                    </TableCell>
                    <TableCell>{ticket.assignedToName ?? t("unassigned")}</TableCell>
                    <TableCell>{format.dateTime(ticket.createdAt, "date")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </ListStates>
    </div>
  );
}
