"use client";

import { useMutation } from "@tanstack/react-query";
import { ShieldCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

/** Shown while agency staff work in a client's organization, with the way back out. */
export function StaffBanner({ orgName }: { orgName: string }) {
  const t = useTranslations("dashboard.staffBanner");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const router = useRouter();
  const leave = useMutation(
    trpc.admin.clients.leave.mutationOptions({
      onSuccess: () => {
        router.push("/admin/clients");
        router.refresh();
      },
      onError: (error) => showError(error),
    }),
  );

  return (
    <section aria-label={t("region")} className="border-b px-4 py-3 sm:px-6 lg:px-8">
      <Alert className="flex flex-wrap items-center gap-x-4 gap-y-3 border-primary/40 bg-primary/5">
        <ShieldCheck aria-hidden className="shrink-0 text-primary" />
        <div className="grid min-w-0 flex-1 basis-64 gap-0.5">
          <AlertTitle>{t("title", { org: orgName })}</AlertTitle>
          <AlertDescription>
            <p>{t("body")}</p>
          </AlertDescription>
        </div>
        <Button
          type="button"
          size="sm"
          variant="outline"
          disabled={leave.isPending}
          onClick={() => leave.mutate()}
        >
          {t("leave", { org: orgName })}
        </Button>
      </Alert>
    </section>
  );
}
