"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { ChangeDiff } from "~/components/admin/audit/change-diff";
import { sessionHref } from "~/components/admin/audit/filters";
import { ResourceLabel } from "~/components/admin/audit/resource-label";
import { usePersonName } from "~/components/admin/audit/who";
import type { AuditLogRow } from "~/components/admin/audit/who";
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
} from "~/components/ui/sheet";

/** One entry in full: where, who as whom, the request, and what changed. */
export function EntryDetail({
  entry,
  onClose,
}: {
  entry: AuditLogRow | null;
  onClose: () => void;
}) {
  const t = useTranslations("adminAudit");
  const format = useFormatter();
  const nameOf = usePersonName();
  const person = (name: string | null, email: string | null) => (
    <>
      {nameOf(name, email)}
      {email && name ? <span className="block text-xs text-muted-foreground">{email}</span> : null}
    </>
  );
  return (
    <Sheet open={entry !== null} onOpenChange={(open) => (open ? null : onClose())}>
      <SheetContent side="right" className="w-full overflow-y-auto sm:max-w-2xl">
        {entry ? (
          <>
            <SheetHeader>
              <SheetTitle className="font-mono">{entry.action}</SheetTitle>
              <SheetDescription>
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, "dateTimeZone")}
                </time>
              </SheetDescription>
            </SheetHeader>
            <div className="grid gap-6 px-4 pb-6">
              <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
                <Field label={t("detail.organization")}>
                  {entry.orgName ?? t("entries.noOrganization")}
                </Field>
                <Field label={t("detail.actor")}>{person(entry.actorName, entry.actorEmail)}</Field>
                <Field label={t("detail.effectiveUser")}>
                  {person(entry.effectiveName, entry.effectiveEmail)}
                </Field>
                {entry.impersonationId ? (
                  <Field label={t("detail.session")}>
                    <Link
                      href={sessionHref(entry.impersonationId)}
                      className="underline underline-offset-4 hover:text-primary"
                    >
                      {t("detail.openSession")}
                    </Link>
                  </Field>
                ) : null}
                <Field label={t("detail.resource")}>
                  <ResourceLabel type={entry.resourceType} id={entry.resourceId} full />
                </Field>
                <Field label={t("detail.ip")}>{entry.ip ?? t("detail.unknown")}</Field>
                <Field label={t("detail.requestId")}>
                  <span className="font-mono text-xs break-all">
                    {entry.requestId ?? t("detail.unknown")}
                  </span>
                </Field>
                <Field label={t("detail.userAgent")}>
                  <span className="text-xs break-words">
                    {entry.userAgent ?? t("detail.unknown")}
                  </span>
                </Field>
              </dl>
              <section className="grid gap-3" aria-labelledby="audit-entry-changes">
                <h3 id="audit-entry-changes" className="font-semibold">
                  {t("detail.changes")}
                </h3>
                <ChangeDiff before={entry.before} after={entry.after} />
              </section>
            </div>
          </>
        ) : null}
      </SheetContent>
    </Sheet>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-muted-foreground">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}
