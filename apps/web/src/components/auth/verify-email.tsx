"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleX, LoaderCircle } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import { Outcome } from "~/components/outcome";
import { Button } from "~/components/ui/button";
import { withCallbackUrl } from "~/lib/callback-url";
import { errorCode, useErrorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/**
 * Confirms the address as soon as the page opens. The link is single-use, so the request is
 * sent once even when React runs effects twice in development. It runs in the browser rather
 * than on the server so that mail scanners fetching the link don't use the token up.
 */
export function VerifyEmail({
  token,
  next,
  signedIn,
}: {
  token: string;
  /** Where the visitor was going when they signed up (a page of this site). */
  next: string;
  signedIn: boolean;
}) {
  const t = useTranslations("auth.verifyEmail");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions());
  const sent = useRef(false);
  const { mutate } = verify;

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate({ token });
  }, [token, mutate]);

  if (!token || verify.isError) {
    const expired = !token || errorCode(verify.error) === "BAD_REQUEST";
    return (
      <Outcome
        icon={<CircleX aria-hidden className="size-6" />}
        tone="error"
        title={expired ? t("expiredTitle") : t("failedTitle")}
      >
        <p>{expired ? t("expired") : errorMessage(verify.error)}</p>
        <Button asChild>
          <Link href={signedIn ? "/dashboard" : withCallbackUrl("/sign-in", next)}>
            {signedIn ? t("toDashboard") : t("toSignIn")}
          </Link>
        </Button>
      </Outcome>
    );
  }

  if (verify.isSuccess) {
    return (
      <Outcome
        icon={<CircleCheck aria-hidden className="size-6" />}
        tone="success"
        title={t("verifiedTitle")}
      >
        <p>
          {t.rich(signedIn ? "verified" : "verifiedSignIn", {
            email: verify.data.email,
            strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
          })}
        </p>
        <Button asChild>
          {signedIn ? (
            <Link href={next as Route}>{t("continue")}</Link>
          ) : (
            <Link
              href={`/sign-in?${new URLSearchParams({ callbackUrl: next, email: verify.data.email })}`}
            >
              {t("signInToContinue")}
            </Link>
          )}
        </Button>
      </Outcome>
    );
  }

  return (
    <Outcome
      icon={<LoaderCircle aria-hidden className="size-6 animate-spin" />}
      tone="pending"
      title={t("pendingTitle")}
    >
      <p>{t("pending")}</p>
    </Outcome>
  );
}
