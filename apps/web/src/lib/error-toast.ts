"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { toast } from "sonner";

import { errorCode, useErrorMessage } from "~/lib/trpc-errors";

/** Where credits are bought (the billing page's credits card). */
export const BUY_CREDITS_HREF = "/dashboard/billing#credits";

/**
 * How a failed action is told: its message in a toast. When it failed for want of credits
 * (PAYMENT_REQUIRED), the toast also leads to where a top-up is bought.
 */
export function useErrorToast() {
  const errorMessage = useErrorMessage();
  const t = useTranslations("common.errors");
  const router = useRouter();
  return useCallback(
    (error: unknown) => {
      const message = errorMessage(error);
      if (errorCode(error) !== "PAYMENT_REQUIRED") {
        toast.error(message);
        return;
      }
      toast.error(message, {
        action: {
          label: t("buyCredits"),
          onClick: () => router.push(BUY_CREDITS_HREF),
        },
      });
    },
    [errorMessage, t, router],
  );
}
