"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { ShieldCheck } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { LoadMore } from "~/components/load-more";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { AGENCY_ACCESS_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

/**
 * "Agency access", in the organization's settings: every time agency staff acted in it — who,
 * as whom, when, why, for how long, how it ended and how many changes they made.
 */
export function AgencyAccess() {
  const t = useTranslations("impersonation.access");
  const format = useFormatter();
  const trpc = useTRPC();
  const access = useInfiniteQuery(
    trpc.orgs.agencyAccess.infiniteQueryOptions(
      { limit: AGENCY_ACCESS_PAGE_SIZE },
      { getNextPageParam: nextCursor },
    ),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <ShieldCheck aria-hidden className="size-5 text-muted-foreground" />
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ListStates
          query={access}
          items={access.data?.pages.flatMap((page) => page.items)}
          loadingLabel={t("loading")}
          rows={3}
          empty={
            <EmptyState icon={ShieldCheck} title={t("emptyTitle")}>
              {t("empty")}
            </EmptyState>
          }
        >
          {(sessions) => (
            <Table>
              <caption className="sr-only">{t("caption")}</caption>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>{t("who")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("reason")}</TableHead>
                  <TableHead>{t("when")}</TableHead>
                  <TableHead className="hidden sm:table-cell">{t("outcome")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {sessions.map((session) => {
                  const end = session.endedAt ?? session.expiresAt;
                  const minutes = Math.max(
                    1,
                    Math.round(
                      (new Date(end).getTime() - new Date(session.startedAt).getTime()) / 60_000,
                    ),
                  );
                  return (
                    <TableRow key={session.id}>
                      <TableCell className="align-top whitespace-normal">
                        <span className="block font-medium">
                          {session.staffName ?? session.staffEmail}
                        </span>
                        <span className="block text-xs text-muted-foreground">
                          {session.asStaff
                            ? t("asStaff")
                            : t("asMember", {
                                member: session.targetName ?? session.targetEmail ?? t("removed"),
                              })}
                        </span>
                        <span className="block text-xs text-muted-foreground md:hidden">
                          {session.reason}
                        </span>
                      </TableCell>
                      <TableCell className="hidden align-top whitespace-normal md:table-cell">
                        {session.reason}
                      </TableCell>
                      <TableCell className="align-top whitespace-normal">
                        <span className="block">
                          {format.dateTime(new Date(session.startedAt), "dateTimeZone")}
                        </span>
                        <span className="block text-xs text-muted-foreground">
                          {t("minutes", { minutes })}
                        </span>
                      </TableCell>
                      <TableCell className="hidden align-top sm:table-cell">
                        <Badge variant={session.endedReason ? "secondary" : "default"}>
                          {t(`ended.${session.endedReason ?? "active"}`)}
                        </Badge>
                        <span className="mt-1 block text-xs text-muted-foreground">
                          {t("changes", { count: session.changes })}
                        </span>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </ListStates>
        <LoadMore query={access} />
      </CardContent>
    </Card>
  );
}
