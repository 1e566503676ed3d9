"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleX, LoaderCircle, LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { FormAlert } from "~/components/form-alert";
import { Button } from "~/components/ui/button";
import { errorCode, useErrorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function InviteResponse({ token, orgName }: { token: string; orgName: string }) {
  const t = useTranslations("auth.inviteResponse");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [declined, setDeclined] = useState(false);
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        toast.success(t("joined", { org: orgName }));
        router.push("/dashboard");
        router.refresh();
      },
    }),
  );
  const decline = useMutation(
    trpc.invitations.decline.mutationOptions({ onSuccess: () => setDeclined(true) }),
  );
  const busy = accept.isPending || decline.isPending || accept.isSuccess;
  const failure = accept.error ?? decline.error;

  if (declined) {
    return (
      <div role="status" className="grid justify-items-center gap-3 text-center">
        <CircleX aria-hidden className="size-6 text-muted-foreground" />
        <p className="font-medium">{t("declined", { org: orgName })}</p>
        <Button asChild variant="outline">
          <Link href="/dashboard">{t("toDashboard")}</Link>
        </Button>
      </div>
    );
  }

  return (
    <div className="grid gap-3">
      {failure ? (
        <FormAlert>
          {errorCode(failure) === "FORBIDDEN" ? t("wrongAccount") : errorMessage(failure)}
        </FormAlert>
      ) : null}
      <Button type="button" disabled={busy} onClick={() => accept.mutate({ token })}>
        {accept.isPending || accept.isSuccess ? (
          <>
            <LoaderCircle aria-hidden className="animate-spin" />
            {t("joining", { org: orgName })}
          </>
        ) : (
          t("accept", { org: orgName })
        )}
      </Button>
      <Button
        type="button"
        variant="outline"
        disabled={busy}
        onClick={() => decline.mutate({ token })}
      >
        {decline.isPending ? t("declining") : t("decline")}
      </Button>
    </div>
  );
}

/** Signed in as someone else: say so plainly and offer the way out. */
export function SignOutToSwitch({
  signedInAs,
  invitedEmail,
  callbackUrl,
}: {
  signedInAs: string;
  invitedEmail: string;
  callbackUrl: string;
}) {
  const t = useTranslations("auth.switchAccount");
  const [pending, setPending] = useState(false);
  return (
    <div className="grid gap-3">
      <FormAlert variant="warning" title={t("title")}>
        {t.rich("body", {
          signedInAs,
          invitedEmail,
          strong: (chunks) => <strong className="[overflow-wrap:anywhere]">{chunks}</strong>,
        })}
      </FormAlert>
      <Button
        type="button"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void signOut({ redirectTo: callbackUrl });
        }}
      >
        <LogOut aria-hidden />
        {pending ? t("pending") : t("submit")}
      </Button>
    </div>
  );
}
