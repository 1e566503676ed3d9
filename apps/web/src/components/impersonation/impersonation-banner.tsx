"use client";

import { useMutation } from "@tanstack/react-query";
import { ShieldAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import type { RouterOutputs } from "@arco/api";
import type { OrgRole } from "@arco/services/roles";

import { Button } from "~/components/ui/button";
import { useErrorToast } from "~/lib/error-toast";
import { useTRPC } from "~/trpc/react";

type Impersonation = NonNullable<RouterOutputs["me"]["get"]["impersonation"]>;

/** "12:04": minutes and seconds left, never below zero. */
const clock = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

/**
 * On every page while agency staff act for a client: who acts as whom, why, the time left and
 * "Stop". The server ends the impersonation at its expiry whatever this clock shows; when it
 * reaches zero the page goes back to the client's page in the admin area.
 */
export function ImpersonationBanner({
  impersonation,
  role,
}: {
  impersonation: Impersonation;
  role: OrgRole | undefined;
}) {
  const t = useTranslations("impersonation.banner");
  const tRoles = useTranslations("common.roles");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const router = useRouter();
  const expiresAt = new Date(impersonation.expiresAt).getTime();
  const [left, setLeft] = useState(() => expiresAt - Date.now());
  const backToClient = `/admin/clients/${impersonation.org.id}`;
  const stop = useMutation(
    trpc.impersonation.stop.mutationOptions({
      onSuccess: () => {
        router.push(backToClient);
        router.refresh();
      },
      onError: (error) => showError(error),
    }),
  );

  useEffect(() => {
    const timer = setInterval(() => setLeft(expiresAt - Date.now()), 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);
  useEffect(() => {
    if (left > 0) return;
    router.push(backToClient);
    router.refresh();
  }, [left, router, backToClient]);

  const target = impersonation.target;
  return (
    <section aria-label={t("region")} className="border-b px-4 py-3 sm:px-6 lg:px-8">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-500/60 bg-amber-500/10 px-4 py-3 text-sm">
        <ShieldAlert aria-hidden className="size-4 shrink-0 text-amber-600 dark:text-amber-400" />
        <div className="grid min-w-0 flex-1 basis-64 gap-0.5">
          <p className="font-medium">
            {target
              ? t("asMember", {
                  staff: impersonation.staff.name ?? impersonation.staff.email,
                  member: target.name ?? target.email,
                  role: role ? tRoles(role) : "",
                  org: impersonation.org.name,
                })
              : t("asStaff", {
                  staff: impersonation.staff.name ?? impersonation.staff.email,
                  org: impersonation.org.name,
                })}
          </p>
          <p className="break-words text-muted-foreground">
            {t("reason", { reason: impersonation.reason })}
          </p>
        </div>
        <p className="font-medium tabular-nums">
          <span className="sr-only">{t("timeLeftLabel")} </span>
          <time role="timer" aria-live="off" dateTime={new Date(expiresAt).toISOString()}>
            {t("timeLeft", { clock: clock(left) })}
          </time>
        </p>
        <Button type="button" size="sm" disabled={stop.isPending} onClick={() => stop.mutate()}>
          {t("stop")}
        </Button>
      </div>
    </section>
  );
}
