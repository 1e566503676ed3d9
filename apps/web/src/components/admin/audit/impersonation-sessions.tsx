"use client";

import type { RouterOutputs } from "@arco/api";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ArrowLeft, UserRoundCog } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { AuditEntries } from "~/components/admin/audit/audit-entries";
import type { FilterValues } from "~/components/admin/audit/filters";
import { sessionHref, sessionsInput, viewHref } from "~/components/admin/audit/filters";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { QueryError } from "~/components/query-error";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

type Session = RouterOutputs["admin"]["audit"]["sessions"]["items"][number];

/**
 * How a session ended, and how long it lasted: an open one past its expiry has expired, whether
 * or not a request has noticed yet (`now`: the page's time on the server).
 */
function useSessionTerms(now: number) {
  const t = useTranslations("adminAudit.sessions");
  const over = (s: Session) => s.endedAt ?? (s.expiresAt.getTime() <= now ? s.expiresAt : null);
  return {
    target: (s: Session) => s.targetName ?? s.targetEmail ?? t("staffAccess"),
    ending: (s: Session) => t(`endedReason.${s.endedReason ?? (over(s) ? "expired" : "active")}`),
    duration: (s: Session) =>
      t("minutes", {
        count: Math.round(((over(s)?.getTime() ?? now) - s.startedAt.getTime()) / 60_000),
      }),
  };
}

/** The trail of impersonation sessions matching the view's filters, newest first. */
export function ImpersonationSessions({ filters, now }: { filters: FilterValues; now: number }) {
  const t = useTranslations("adminAudit.sessions");
  const format = useFormatter();
  const trpc = useTRPC();
  const terms = useSessionTerms(now);
  const sessions = useInfiniteQuery(
    trpc.admin.audit.sessions.infiniteQueryOptions(sessionsInput(filters), {
      getNextPageParam: nextCursor,
      placeholderData: keepPreviousData,
    }),
  );
  return (
    <ListStates
      query={sessions}
      items={sessions.data?.pages.flatMap((page) => page.items)}
      loadingLabel={t("caption")}
      rows={5}
      empty={
        <EmptyState icon={UserRoundCog} title={t("emptyTitle")}>
          {t("empty")}
        </EmptyState>
      }
    >
      {(items) => (
        <Card className="py-2">
          <Table>
            <caption className="sr-only">{t("caption")}</caption>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("staff")}</TableHead>
                <TableHead>{t("target")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("organization")}</TableHead>
                <TableHead className="hidden xl:table-cell">{t("reason")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("started")}</TableHead>
                <TableHead className="hidden lg:table-cell">{t("duration")}</TableHead>
                <TableHead className="hidden lg:table-cell">{t("ended")}</TableHead>
                <TableHead className="text-right">{t("actions")}</TableHead>
                <TableHead className="pr-6 text-right">
                  <span className="sr-only">{t("view")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((session) => {
                const started = format.dateTime(session.startedAt, "dateTime");
                return (
                  <TableRow key={session.id}>
                    <TableCell className="pl-6 align-top">
                      {session.staffName ?? session.staffEmail}
                    </TableCell>
                    <TableCell className="align-top whitespace-normal">
                      {session.targetUserId ? (
                        terms.target(session)
                      ) : (
                        <Badge variant="secondary">{terms.target(session)}</Badge>
                      )}
                    </TableCell>
                    <TableCell className="hidden align-top md:table-cell">
                      {session.orgName}
                    </TableCell>
                    <TableCell className="hidden max-w-72 align-top whitespace-normal xl:table-cell">
                      {session.reason}
                    </TableCell>
                    <TableCell className="hidden align-top sm:table-cell">
                      <time dateTime={session.startedAt.toISOString()}>{started}</time>
                    </TableCell>
                    <TableCell className="hidden align-top lg:table-cell">
                      {terms.duration(session)}
                    </TableCell>
                    <TableCell className="hidden align-top lg:table-cell">
                      {terms.ending(session)}
                    </TableCell>
                    <TableCell className="text-right align-top tabular-nums">
                      {format.number(session.actionCount)}
                    </TableCell>
                    <TableCell className="pr-6 text-right align-top">
                      <Button asChild size="sm" variant="outline">
                        <Link
                          href={sessionHref(session.id)}
                          aria-label={t("viewSession", {
                            staff: session.staffName ?? session.staffEmail,
                            when: started,
                          })}
                        >
                          {t("view")}
                        </Link>
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
  );
}

/** One session: who acted as whom, where, why and how long, then everything it did. */
export function ImpersonationSession({ id, now }: { id: string; now: number }) {
  const t = useTranslations("adminAudit.sessions");
  const format = useFormatter();
  const trpc = useTRPC();
  const terms = useSessionTerms(now);
  const session = useQuery(trpc.admin.audit.sessionById.queryOptions({ id }));
  const back = (
    <Button asChild variant="ghost" size="sm" className="w-fit">
      <Link href={viewHref({ tab: "sessions", filters: {} })}>
        <ArrowLeft aria-hidden />
        {t("back")}
      </Link>
    </Button>
  );
  if (session.isPending) {
    return (
      <div className="grid gap-4" role="status" aria-busy="true" aria-label={t("loading")}>
        {back}
        <Skeleton className="h-40 w-full rounded-xl" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="grid gap-4">
        {back}
        <QueryError error={session.error} retry={() => void session.refetch()} />
      </div>
    );
  }
  const s = session.data;
  const staff = s.staffName ?? s.staffEmail;
  return (
    <div className="grid gap-6">
      {back}
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>
              {s.targetUserId
                ? t("title", { staff, target: terms.target(s) })
                : t("titleStaffAccess", { staff, org: s.orgName ?? "" })}
            </h2>
          </CardTitle>
          <CardDescription>{s.reason}</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
            <Term label={t("organization")}>{s.orgName}</Term>
            <Term label={t("target")}>{terms.target(s)}</Term>
            <Term label={t("started")}>{format.dateTime(s.startedAt, "dateTimeZone")}</Term>
            <Term label={t("expires")}>{format.dateTime(s.expiresAt, "dateTimeZone")}</Term>
            <Term label={t("endedAt")}>
              {s.endedAt ? format.dateTime(s.endedAt, "dateTimeZone") : terms.ending(s)}
            </Term>
            <Term label={t("ended")}>{terms.ending(s)}</Term>
            <Term label={t("duration")}>{terms.duration(s)}</Term>
            <Term label={t("actions")}>{format.number(s.actionCount)}</Term>
          </dl>
        </CardContent>
      </Card>
      <section className="grid gap-3" aria-labelledby="session-actions">
        <div className="grid gap-1">
          <h2 id="session-actions" className="text-lg font-semibold">
            {t("actionsTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("actionsDescription")}</p>
        </div>
        <AuditEntries filters={{ impersonationId: id }} showOrganization={false} />
      </section>
    </div>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
