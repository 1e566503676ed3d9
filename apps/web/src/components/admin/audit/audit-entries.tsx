"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { ScrollText } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { EntryDetail } from "~/components/admin/audit/entry-detail";
import type { FilterValues } from "~/components/admin/audit/filters";
import { entriesInput } from "~/components/admin/audit/filters";
import { ResourceLabel } from "~/components/admin/audit/resource-label";
import { Who } from "~/components/admin/audit/who";
import type { AuditLogRow } from "~/components/admin/audit/who";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { activityKey } from "~/lib/activity";
import { nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

/** Audited actions matching `filters`, newest first, a page at a time; each opens in full. */
export function AuditEntries({
  filters,
  showOrganization = true,
}: {
  filters: FilterValues & { impersonationId?: string };
  /** Off where every entry is of the same organization (one session's). */
  showOrganization?: boolean;
}) {
  const t = useTranslations("adminAudit.entries");
  const sentence = useTranslations("dashboard.activity");
  const format = useFormatter();
  const trpc = useTRPC();
  const [opened, setOpened] = useState<AuditLogRow | null>(null);
  const entries = useInfiniteQuery(
    trpc.admin.audit.list.infiniteQueryOptions(entriesInput(filters), {
      getNextPageParam: nextCursor,
      placeholderData: keepPreviousData,
    }),
  );
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <ListStates
        query={entries}
        items={entries.data?.pages.flatMap((page) => page.items)}
        loadingLabel={t("caption")}
        rows={8}
        empty={
          <EmptyState icon={ScrollText} title={t("emptyTitle")}>
            {filtered ? t("empty") : t("emptyUnfiltered")}
          </EmptyState>
        }
      >
        {(items) => (
          <Card className="py-2">
            <Table>
              <caption className="sr-only">{t("caption")}</caption>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("when")}</TableHead>
                  {showOrganization ? (
                    <TableHead className="hidden md:table-cell">{t("organization")}</TableHead>
                  ) : null}
                  <TableHead>{t("who")}</TableHead>
                  <TableHead>{t("action")}</TableHead>
                  <TableHead className="hidden lg:table-cell">{t("resource")}</TableHead>
                  <TableHead className="pr-6 text-right">
                    <span className="sr-only">{t("details")}</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((entry) => {
                  const when = format.dateTime(entry.createdAt, "dateTime");
                  return (
                    <TableRow key={entry.id}>
                      <TableCell className="pl-6 align-top whitespace-nowrap">
                        <time dateTime={entry.createdAt.toISOString()}>{when}</time>
                      </TableCell>
                      {showOrganization ? (
                        <TableCell className="hidden align-top md:table-cell">
                          {entry.orgName ?? (
                            <span className="text-muted-foreground">{t("noOrganization")}</span>
                          )}
                        </TableCell>
                      ) : null}
                      <TableCell className="max-w-64 align-top whitespace-normal">
                        <Who entry={entry} />
                      </TableCell>
                      <TableCell className="align-top whitespace-normal">
                        <span className="block font-mono text-xs">{entry.action}</span>
                        <span className="block text-xs text-muted-foreground">
                          {sentence.rich(activityKey(entry.action), { item: (chunks) => chunks })}
                        </span>
                      </TableCell>
                      <TableCell className="hidden max-w-40 align-top lg:table-cell">
                        <ResourceLabel type={entry.resourceType} id={entry.resourceId} />
                      </TableCell>
                      <TableCell className="pr-6 text-right align-top">
                        <Button
                          type="button"
                          size="sm"
                          variant="outline"
                          aria-label={t("detailsOf", { action: entry.action, when })}
                          onClick={() => setOpened(entry)}
                        >
                          {t("details")}
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Card>
        )}
      </ListStates>
      <EntryDetail entry={opened} onClose={() => setOpened(null)} />
    </>
  );
}
