"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

import { retryWait } from "~/lib/analysis";
import { errorCode, retryAfterSeconds, useErrorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** Re-run: starts a new analysis of an address and opens its live result page. */
export function useRunAnalysis() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const t = useTranslations("report.rateLimit");
  const errorMessage = useErrorMessage();
  /** What to tell someone whose run was refused. */
  const refused = (error: unknown) =>
    errorCode(error) === "TOO_MANY_REQUESTS"
      ? t("toast", retryWait(retryAfterSeconds(error)))
      : errorMessage(error);
  return useMutation(
    trpc.analyses.run.mutationOptions({
      onSuccess: ({ id }) => {
        // The history gains a run: lists and trends read afresh when next shown.
        void queryClient.invalidateQueries(trpc.analyses.pathFilter());
        router.push(`/analyze/${id}`);
      },
      onError: (error) => toast.error(refused(error)),
    }),
  );
}
