"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleX, MailX } from "lucide-react";
import Link from "next/link";

import { FormAlert } from "~/components/form-alert";
import { Outcome } from "~/components/outcome";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { formatDate } from "~/lib/format";
import { errorCode, errorMessage } from "~/lib/trpc-errors";
import { unsubscribeSchema } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

/**
 * Stops the tips emails, but only when the person presses the button: mail scanners open every
 * link in a message, and must not unsubscribe anyone by doing so.
 */
export function Unsubscribe({ token }: { token: string }) {
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
        title="This unsubscribe link isn’t valid"
      >
        <p>
          It may have been copied only in part. Open the link from the latest email you received
          from us; every one of them has a working link at the bottom.
        </p>
        <Button asChild variant="outline">
          <Link href="/">Go to the home page</Link>
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
        title={alreadyUnsubscribed ? "You were already unsubscribed" : "You’re unsubscribed"}
      >
        <p>
          {alreadyUnsubscribed
            ? `You unsubscribed on ${formatDate(unsubscribedAt)}, and we haven’t sent you tips since.`
            : "We won’t send you any more tips. Emails you ask for, such as a report, still arrive."}
        </p>
        <Button asChild variant="outline">
          <Link href="/">Go to the home page</Link>
        </Button>
      </Outcome>
    );
  }

  return (
    <Outcome
      icon={<MailX aria-hidden className="size-6" />}
      tone="pending"
      title="Unsubscribe from tips"
    >
      <p>
        Stop the occasional emails with tips to improve your site. Reports you ask for are not
        affected.
      </p>
      {unsubscribe.isError ? <FormAlert>{errorMessage(unsubscribe.error)}</FormAlert> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          unsubscribe.mutate({ token });
        }}
      >
        <SubmitButton pending={unsubscribe.isPending} pendingLabel="Unsubscribing…">
          Unsubscribe
        </SubmitButton>
      </form>
    </Outcome>
  );
}
