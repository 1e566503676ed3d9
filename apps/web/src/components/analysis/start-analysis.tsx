"use client";

import { useMutation } from "@tanstack/react-query";
import { Clock, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { AnalysisProgress } from "~/components/analysis/analysis-progress";
import { FormAlert } from "~/components/form-alert";
import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { retryWait } from "~/lib/analysis";
import { withCallbackUrl } from "~/lib/callback-url";
import { errorCode, fieldErrors, retryAfterSeconds, useErrorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/**
 * Starts the analysis of `url` as soon as the page opens and moves on to its result page. The
 * request goes out once per mount (React runs effects twice in development; a second run would
 * spend the visitor's hourly allowance), and `replace` keeps this page out of the history, so
 * Back doesn't start another run.
 */
export function StartAnalysis({ url, signedIn }: { url: string; signedIn: boolean }) {
  const t = useTranslations("report.start");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const run = useMutation(
    trpc.analyses.run.mutationOptions({
      onSuccess: ({ id }) => router.replace(`/analyze/${id}`),
    }),
  );
  const started = useRef(false);
  const { mutate } = run;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate({ url });
  }, [url, mutate]);

  if (run.isError) {
    const code = errorCode(run.error);
    if (code === "TOO_MANY_REQUESTS") {
      return <RateLimited seconds={retryAfterSeconds(run.error)} signedIn={signedIn} url={url} />;
    }
    const invalid = fieldErrors(run.error).url?.[0];
    return (
      <div className="grid gap-3">
        <FormAlert title={t("failed")}>{invalid ?? errorMessage(run.error)}</FormAlert>
        {invalid ? null : (
          <Button type="button" variant="outline" className="w-fit" onClick={() => mutate({ url })}>
            <RefreshCw aria-hidden />
            {t("tryAgain")}
          </Button>
        )}
      </div>
    );
  }

  return <AnalysisProgress status="queued" url={url} starting />;
}

function RateLimited({
  seconds,
  signedIn,
  url,
}: {
  seconds: number | null;
  signedIn: boolean;
  url: string;
}) {
  const t = useTranslations("report.rateLimit");
  return (
    <Alert variant="warning" role="alert">
      <Clock aria-hidden />
      <AlertTitle>{t("title")}</AlertTitle>
      <AlertDescription>
        <p>{t("body", retryWait(seconds))}</p>
        {signedIn ? null : (
          <p>
            {t("account")}{" "}
            <Link
              href={withCallbackUrl("/sign-up", `/analyze?${new URLSearchParams({ url })}`)}
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              {t("createAccount")}
            </Link>
          </p>
        )}
      </AlertDescription>
    </Alert>
  );
}
