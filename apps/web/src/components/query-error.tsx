"use client";

import { CircleAlert, RefreshCw } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { errorMessage } from "~/lib/trpc-errors";

/** A section whose data failed to load: the reason and a way to try again. */
export function QueryError({
  error,
  retry,
  title = "This couldn’t be loaded",
}: {
  error: unknown;
  retry?: () => void;
  title?: string;
}) {
  return (
    <Alert variant="destructive" role="alert">
      <CircleAlert aria-hidden />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{errorMessage(error)}</p>
        {retry ? (
          <Button type="button" size="sm" variant="outline" className="mt-2" onClick={retry}>
            <RefreshCw aria-hidden />
            Try again
          </Button>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
