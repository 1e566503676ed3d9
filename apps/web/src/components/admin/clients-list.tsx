"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Building2, LogIn } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { SearchInput } from "~/components/search-input";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Label } from "~/components/ui/label";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { useFormatBytes } from "~/lib/use-format-bytes";
import { CLIENTS_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

export function ClientsList() {
  const formatBytes = useFormatBytes();
  const t = useTranslations("admin.clients");
  const tierLabel = useTranslations("common.tiers");
  const format = useFormatter();
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim());
  const clients = useInfiniteQuery(
    trpc.admin.clients.list.infiniteQueryOptions(
      { limit: CLIENTS_PAGE_SIZE, ...(term ? { search: term } : {}) },
      { getNextPageParam: nextCursor, placeholderData: keepPreviousData },
    ),
  );
  return (
    <div className="grid gap-4">
      <div className="grid max-w-sm gap-2">
        <Label htmlFor="client-search">{t("search")}</Label>
        <SearchInput
          id="client-search"
          placeholder={t("searchPlaceholder")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>

      <ListStates
        query={clients}
        items={clients.data?.pages.flatMap((page) => page.items)}
        loadingLabel={t("loading")}
        rows={5}
        empty={
          <EmptyState icon={Building2} title={term ? t("noMatchTitle") : t("emptyTitle")}>
            {term ? t("noMatch", { term }) : t("empty")}
          </EmptyState>
        }
      >
        {(items) => (
          <Card className="py-2">
            <Table className="table-fixed">
              <caption className="sr-only">{t("caption")}</caption>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("organization")}</TableHead>
                  <TableHead className="hidden w-24 md:table-cell">{t("members")}</TableHead>
                  <TableHead className="hidden w-32 md:table-cell">{t("tickets")}</TableHead>
                  <TableHead className="hidden w-40 lg:table-cell">{t("storage")}</TableHead>
                  <TableHead className="w-36 pr-6 text-right">
                    <span className="sr-only">{t("actions")}</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((client) => (
                  <TableRow key={client.id}>
                    <TableCell className="pl-6">
                      <span className="flex min-w-0 items-center gap-2">
                        <Link
                          href={`/admin/clients/${client.id}`}
                          className="truncate font-medium underline-offset-4 hover:underline"
                        >
                          {client.name}
                        </Link>
                        <Badge variant="secondary">{tierLabel(client.tier)}</Badge>
                      </span>
                      <span className="block text-xs text-muted-foreground">
                        {t("since", { date: format.dateTime(client.createdAt, "date") })}
                      </span>
                    </TableCell>
                    <TableCell className="hidden md:table-cell">
                      {format.number(client.memberCount)}
                    </TableCell>
                    <TableCell className="hidden text-muted-foreground md:table-cell">
                      {client.ticketsPerMonth === null
                        ? format.number(client.ticketsUsed)
                        : t("usage", { used: client.ticketsUsed, limit: client.ticketsPerMonth })}
                    </TableCell>
                    <TableCell className="hidden text-muted-foreground lg:table-cell">
                      {client.storageBytes === null
                        ? formatBytes(client.storageUsedBytes)
                        : t("usage", {
                            used: formatBytes(client.storageUsedBytes),
                            limit: formatBytes(client.storageBytes),
                          })}
                    </TableCell>
                    <TableCell className="pr-6 text-right">
                      <Button asChild size="sm" variant="outline">
                        <Link
                          href={`/admin/clients/${client.id}`}
                          aria-label={t("openClient", { name: client.name })}
                        >
                          <LogIn aria-hidden />
                          {t("open")}
                        </Link>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
      </ListStates>
    </div>
  );
}
