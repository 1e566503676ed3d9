"use client";

import { CircleAlert, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";

import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useErrorMessage } from "~/lib/trpc-errors";

/** A section whose data failed to load: the reason and a way to try again. */
export function QueryError({
  error,
  retry,
  title,
}: {
  error: unknown;
  retry?: () => void;
  /** Defaults to "This couldn’t be loaded". */
  title?: string;
}) {
  const t = useTranslations("common");
  const errorMessage = useErrorMessage();
  return (
    <Alert variant="destructive" role="alert">
      <CircleAlert aria-hidden />
      <AlertTitle>{title ?? t("queryError.title")}</AlertTitle>
      <AlertDescription>
        <p>{errorMessage(error)}</p>
        {retry ? (
          <Button type="button" size="sm" variant="outline" className="mt-2" onClick={retry}>
            <RefreshCw aria-hidden />
            {t("actions.tryAgain")}
          </Button>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
