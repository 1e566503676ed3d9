"use client";

import { useMutation } from "@tanstack/react-query";
import { MailWarning } from "lucide-react";
import { toast } from "sonner";

import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function VerifyEmailBanner({ email }: { email: string }) {
  const trpc = useTRPC();
  const resend = useMutation(
    trpc.auth.resendVerification.mutationOptions({
      onSuccess: ({ sent }) =>
        sent
          ? toast.success(`We sent a new verification link to ${email}.`)
          : toast.info("Your email is already verified, or a link was sent moments ago."),
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  return (
    <section aria-label="Email verification" className="border-b px-4 py-3 sm:px-6 lg:px-8">
      <Alert variant="warning" className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <MailWarning aria-hidden className="shrink-0" />
        <div className="grid min-w-0 flex-1 basis-64 gap-0.5">
          <AlertTitle>Verify your email address</AlertTitle>
          <AlertDescription>
            <p>
              We sent a link to{" "}
              <strong className="text-foreground [overflow-wrap:anywhere]">{email}</strong>.
              Confirming it keeps your account recoverable.
            </p>
          </AlertDescription>
        </div>
        <Button
          type="button"
          size="sm"
          variant="outline"
          disabled={resend.isPending}
          onClick={() => resend.mutate()}
        >
          {resend.isPending ? "Sending…" : "Resend link"}
        </Button>
      </Alert>
    </section>
  );
}
