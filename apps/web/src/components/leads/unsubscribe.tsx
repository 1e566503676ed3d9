"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleX, MailX } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { FormAlert } from "~/components/form-alert";
import { Outcome } from "~/components/outcome";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { errorCode, useErrorMessage } from "~/lib/trpc-errors";
import { unsubscribeSchema } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

/**
 * Stops the tips emails, but only when the person presses the button: mail scanners open every
 * link in a message, and must not unsubscribe anyone by doing so.
 */
export function Unsubscribe({ token }: { token: string }) {
  const t = useTranslations("marketing.unsubscribe");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const unsubscribe = useMutation(trpc.leads.unsubscribe.mutationOptions());
  const wellFormed = unsubscribeSchema.safeParse({ token }).success;
  const code = errorCode(unsubscribe.error);
  const invalid = !wellFormed || code === "NOT_FOUND" || code === "BAD_REQUEST";

  if (invalid) {
    return (
      <Outcome
        icon={<CircleX aria-hidden className="size-6" />}
        tone="error"
        title={t("invalid.title")}
      >
        <p>{t("invalid.text")}</p>
        <Button asChild variant="outline">
          <Link href="/">{t("home")}</Link>
        </Button>
      </Outcome>
    );
  }

  if (unsubscribe.isSuccess) {
    const { unsubscribedAt, alreadyUnsubscribed } = unsubscribe.data;
    return (
      <Outcome
        icon={<CircleCheck aria-hidden className="size-6" />}
        tone="success"
        title={alreadyUnsubscribed ? t("already.title") : t("done.title")}
      >
        <p>
          {alreadyUnsubscribed
            ? t("already.text", { date: format.dateTime(unsubscribedAt, "date") })
            : t("done.text")}
        </p>
        <Button asChild variant="outline">
          <Link href="/">{t("home")}</Link>
        </Button>
      </Outcome>
    );
  }

  return (
    <Outcome
      icon={<MailX aria-hidden className="size-6" />}
      tone="pending"
      title={t("prompt.title")}
    >
      <p>{t("prompt.text")}</p>
      {unsubscribe.isError ? <FormAlert>{errorMessage(unsubscribe.error)}</FormAlert> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          unsubscribe.mutate({ token });
        }}
      >
        <SubmitButton pending={unsubscribe.isPending} pendingLabel={t("pending")}>
          {t("submit")}
        </SubmitButton>
      </form>
    </Outcome>
  );
}
