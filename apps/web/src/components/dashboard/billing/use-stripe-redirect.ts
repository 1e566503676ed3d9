"use client";

import { useMutation } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

/**
 * Checkout, top-ups and the Customer Portal all answer with a Stripe page to go to. While the
 * browser leaves, the button stays busy; a refusal is told in a toast.
 */
export function useStripeRedirect() {
  const trpc = useTRPC();
  const showError = useErrorToast();
  const handlers = {
    onSuccess: ({ url }: { url: string }) => window.location.assign(url),
    onError: (error: unknown) => showError(error),
  };
  return {
    checkout: useMutation(trpc.billing.checkout.mutationOptions(handlers)),
    topUp: useMutation(trpc.billing.topUp.mutationOptions(handlers)),
    portal: useMutation(trpc.billing.portal.mutationOptions(handlers)),
  };
}
