"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { retryIn } from "~/lib/analysis";
import { errorCode, errorMessage, retryAfterSeconds } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** What to tell someone whose run was refused. */
export function runErrorMessage(error: unknown) {
  if (errorCode(error) === "TOO_MANY_REQUESTS") {
    return `You’ve reached the hourly limit of analyses. You can run another ${retryIn(retryAfterSeconds(error))}.`;
  }
  return errorMessage(error);
}

/** Re-run: starts a new analysis of an address and opens its live result page. */
export function useRunAnalysis() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.analyses.run.mutationOptions({
      onSuccess: ({ id }) => {
        // The history gains a run: lists and trends read afresh when next shown.
        void queryClient.invalidateQueries(trpc.analyses.pathFilter());
        router.push(`/analyze/${id}`);
      },
      onError: (error) => toast.error(runErrorMessage(error)),
    }),
  );
}
