"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleX, LoaderCircle } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { useEffect, useRef } from "react";

import { Outcome } from "~/components/outcome";
import { Button } from "~/components/ui/button";
import { withCallbackUrl } from "~/lib/callback-url";
import { errorCode, errorMessage } from "~/lib/trpc-errors";
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
        title={expired ? "This link is invalid or has expired" : "We couldn’t verify your email"}
      >
        <p>
          {expired
            ? "Verification links work once and expire after a while. Sign in with an email link instead: it confirms your address too."
            : errorMessage(verify.error)}
        </p>
        <Button asChild>
          <Link href={signedIn ? "/dashboard" : withCallbackUrl("/sign-in", next)}>
            {signedIn ? "Go to your dashboard" : "Go to sign in"}
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
        title="Your email is verified"
      >
        <p>
          Thanks for confirming <strong className="text-foreground">{verify.data.email}</strong>.
          {signedIn ? null : " You can now sign in with your password."}
        </p>
        <Button asChild>
          {signedIn ? (
            <Link href={next as Route}>Continue</Link>
          ) : (
            <Link
              href={`/sign-in?${new URLSearchParams({ callbackUrl: next, email: verify.data.email })}`}
            >
              Sign in to continue
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
      title="Verifying your email…"
    >
      <p>This takes a moment.</p>
    </Outcome>
  );
}
