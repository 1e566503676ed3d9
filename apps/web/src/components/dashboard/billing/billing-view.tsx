"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { CircleCheck, Info, PlugZap } from "lucide-react";
import { useTranslations } from "next-intl";

import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { UsageCard } from "~/components/dashboard/overview/usage-card";
import { useTRPC } from "~/trpc/react";

import { CreditsCard } from "./credits-card";
import { CurrentPlan } from "./current-plan";
import { InvoicesCard } from "./invoices-card";
import { PlanChoices } from "./plan-choices";
import { USAGE_DAYS } from "./queries";
import { UsageChartCard } from "./usage-chart-card";

const OUTCOMES = ["success", "topped-up", "changed", "cancelled"] as const;
type Outcome = (typeof OUTCOMES)[number];
const isOutcome = (value: string | null): value is Outcome =>
  (OUTCOMES as readonly string[]).includes(value ?? "");

/** How often (every 3 s: a minute) the page asks for the new plan after Stripe sent them back. */
const AWAIT_WEBHOOK_POLLS = 20;

/**
 * The billing page: what the organization is on and pays, the plans to move to, its limits and
 * credits, and Stripe's invoices. `checkout` is how Stripe sent the owner back, if it did.
 */
export function BillingView({ checkout }: { checkout: string | null }) {
  const trpc = useTRPC();
  const outcome = isOutcome(checkout) ? checkout : null;
  const awaiting = outcome !== null && outcome !== "cancelled";
  const { data: overview } = useSuspenseQuery(
    trpc.billing.overview.queryOptions(undefined, {
      // Stripe's webhooks may arrive a moment after the owner is back: keep looking a while.
      refetchInterval: (query) =>
        awaiting && query.state.dataUpdateCount < AWAIT_WEBHOOK_POLLS ? 3000 : false,
    }),
  );
  const { data: usage } = useSuspenseQuery(trpc.billing.usage.queryOptions({ days: USAGE_DAYS }));
  return (
    <div className="grid gap-6">
      {outcome ? <CheckoutOutcome outcome={outcome} /> : null}
      {overview.stripeConfigured ? null : <StripeNotConfigured />}
      <CurrentPlan overview={overview} />
      <PlanChoices overview={overview} />
      <UsageCard />
      <CreditsCard packs={overview.packs} awaiting={outcome === "topped-up"} />
      <UsageChartCard days={usage} />
      <InvoicesCard
        stripeConfigured={overview.stripeConfigured}
        hasCustomer={overview.hasCustomer}
      />
    </div>
  );
}

function CheckoutOutcome({ outcome }: { outcome: Outcome }) {
  const t = useTranslations("billing.checkout");
  return (
    <Alert role="status">
      {outcome === "cancelled" ? <Info aria-hidden /> : <CircleCheck aria-hidden />}
      <AlertDescription>{t(outcome)}</AlertDescription>
    </Alert>
  );
}

function StripeNotConfigured() {
  const t = useTranslations("billing.notConfigured");
  return (
    <Alert>
      <PlugZap aria-hidden />
      <AlertTitle>{t("title")}</AlertTitle>
      <AlertDescription>
        <p>{t("body")}</p>
        <p className="mt-1 text-xs">{t("howTo")}</p>
      </AlertDescription>
    </Alert>
  );
}
