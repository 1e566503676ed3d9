"use client";

import { useMutation } from "@tanstack/react-query";
import { toast } from "sonner";

import { useErrorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/**
 * Checkout, top-ups and the Customer Portal all answer with a Stripe page to go to. While the
 * browser leaves, the button stays busy; a refusal is told in a toast.
 */
export function useStripeRedirect() {
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const handlers = {
    onSuccess: ({ url }: { url: string }) => window.location.assign(url),
    onError: (error: unknown) => toast.error(errorMessage(error)),
  };
  return {
    checkout: useMutation(trpc.billing.checkout.mutationOptions(handlers)),
    topUp: useMutation(trpc.billing.topUp.mutationOptions(handlers)),
    portal: useMutation(trpc.billing.portal.mutationOptions(handlers)),
  };
}
