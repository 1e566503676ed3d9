"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Inbox } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { OutboxStatus } from "~/components/admin/outbox-status";
import { Card } from "~/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { nextCursor, OUTBOX_PAGE_SIZE } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

export function OutboxList() {
  const t = useTranslations("admin.outbox");
  const format = useFormatter();
  const trpc = useTRPC();
  const outbox = useInfiniteQuery(
    trpc.admin.outbox.list.infiniteQueryOptions(
      { limit: OUTBOX_PAGE_SIZE },
      { getNextPageParam: nextCursor },
    ),
  );

  return (
    <div className="grid gap-4">
      <ListStates
        query={outbox}
        items={outbox.data?.pages.flatMap((page) => page.items)}
        loadingLabel={t("loading")}
        rows={5}
        empty={
          <EmptyState icon={Inbox} title={t("emptyTitle")}>
            {t("empty")}
          </EmptyState>
        }
      >
        {(messages) => (
          <Card className="py-2">
            <Table className="table-fixed">
              <caption className="sr-only">{t("caption")}</caption>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("subject")}</TableHead>
                  <TableHead className="hidden w-[28%] md:table-cell">{t("to")}</TableHead>
                  <TableHead className="hidden w-32 sm:table-cell">{t("status")}</TableHead>
                  <TableHead className="hidden w-52 pr-6 lg:table-cell">{t("created")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {messages.map((message) => (
                  <TableRow key={message.id} className="relative">
                    <TableCell className="pl-6">
                      {/* In the email's own language, whatever the reader's. */}
                      <Link
                        href={`/admin/outbox/${message.id}`}
                        translate="no"
                        className="block truncate font-medium underline-offset-4 outline-none after:absolute after:inset-0 hover:underline focus-visible:underline"
                      >
                        {message.subject}
                      </Link>
                      <span className="block truncate text-xs text-muted-foreground md:hidden">
                        {message.to}
                      </span>
                      <span className="block text-xs text-muted-foreground">
                        {message.template}
                      </span>
                    </TableCell>
                    <TableCell className="hidden truncate text-muted-foreground md:table-cell">
                      {message.to}
                    </TableCell>
                    <TableCell className="hidden sm:table-cell">
                      <OutboxStatus status={message.status} />
                    </TableCell>
                    <TableCell className="hidden pr-6 whitespace-nowrap text-muted-foreground lg:table-cell">
                      {format.dateTime(message.createdAt, "dateTimeZone")}
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
