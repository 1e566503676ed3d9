"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, KeyRound } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { PageHeader } from "~/components/app-shell/app-shell";
import { OutboxStatus } from "~/components/admin/outbox-status";
import { QueryError } from "~/components/query-error";
import { Button } from "~/components/ui/button";
import { Card, CardContent } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";

export function OutboxMessageView({ id }: { id: string }) {
  const t = useTranslations("admin.email");
  const format = useFormatter();
  const trpc = useTRPC();
  const message = useQuery(trpc.admin.outbox.byId.queryOptions({ id }));

  if (message.isPending) return <Skeleton className="h-96 rounded-xl" />;
  if (message.isError) {
    return <QueryError error={message.error} retry={() => void message.refetch()} />;
  }
  const email = message.data;

  return (
    <>
      <div className="grid gap-4">
        <Button asChild variant="ghost" size="sm" className="w-fit">
          <Link href="/admin/outbox">
            <ArrowLeft aria-hidden />
            {t("back")}
          </Link>
        </Button>
        {/* In the email's own language, whatever the reader's. */}
        <PageHeader title={<span translate="no">{email.subject}</span>} />
      </div>

      <Card className="gap-4">
        <CardContent>
          <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
            <Detail label={t("to")}>{email.to}</Detail>
            <Detail label={t("from")}>{email.from}</Detail>
            <Detail label={t("template")}>{email.template}</Detail>
            <Detail label={t("status")}>
              <OutboxStatus status={email.status} />
            </Detail>
            <Detail label={t("provider")}>
              {email.provider === "outbox" ? t("providerOutbox") : t("providerResend")}
            </Detail>
            <Detail label={t("created")}>{format.dateTime(email.createdAt, "dateTimeZone")}</Detail>
            {email.sentAt ? (
              <Detail label={t("sent")}>{format.dateTime(email.sentAt, "dateTimeZone")}</Detail>
            ) : null}
          </dl>
          {email.linksWithheld ? (
            <p className="mt-4 flex gap-2 rounded-md bg-muted p-3 text-sm text-muted-foreground">
              <KeyRound aria-hidden className="mt-0.5 size-4 shrink-0" />
              {t("linksWithheld")}
            </p>
          ) : null}
          {email.error ? (
            <p className="mt-4 rounded-md bg-destructive/10 p-3 text-sm text-destructive">
              {email.error}
            </p>
          ) : null}
        </CardContent>
      </Card>

      <section aria-labelledby="html-title" className="grid gap-3">
        <h2 id="html-title" className="text-lg font-semibold">
          {t("htmlTitle")}
        </h2>
        {/*
          An empty sandbox gives the email no scripts, no forms, no same-origin access and no way
          to navigate this page: whatever the HTML contains, it can only be looked at.
        */}
        <iframe
          title={t("htmlFrameTitle", { subject: email.subject })}
          sandbox=""
          srcDoc={email.html}
          referrerPolicy="no-referrer"
          className="h-[32rem] w-full rounded-xl border bg-white"
        />
      </section>

      <section aria-labelledby="text-title" className="grid gap-3">
        <h2 id="text-title" className="text-lg font-semibold">
          {t("textTitle")}
        </h2>
        {email.text ? (
          <pre
            data-testid="email-text"
            className="max-h-[32rem] overflow-auto rounded-xl border bg-muted/40 p-4 text-sm break-words whitespace-pre-wrap"
          >
            {email.text}
          </pre>
        ) : (
          <p className="text-sm text-muted-foreground">{t("noText")}</p>
        )}
      </section>
    </>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-medium break-all">{children}</dd>
    </div>
  );
}
