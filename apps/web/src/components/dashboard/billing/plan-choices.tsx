"use client";

import { Check, LoaderCircle } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";

import type { RouterOutputs } from "@arco/api";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { planFeatures } from "~/lib/plan-features";
import { cn } from "~/lib/utils";

import { useMoney } from "./money";
import { useStripeRedirect } from "./use-stripe-redirect";

type Overview = RouterOutputs["billing"]["overview"];
type Choice = Overview["plans"][number];
type Interval = "month" | "year";

/** Every plan side by side, with the way to each from the current one. */
export function PlanChoices({ overview }: { overview: Overview }) {
  const t = useTranslations("billing.choices");
  const [interval, setInterval] = useState<Interval>(overview.subscription?.interval ?? "month");
  return (
    <Card id="plans" className="scroll-mt-20">
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <div role="group" aria-label={t("interval")} className="flex w-fit rounded-lg border p-1">
          {(["month", "year"] as const).map((value) => (
            <Button
              key={value}
              type="button"
              size="sm"
              variant={interval === value ? "secondary" : "ghost"}
              aria-pressed={interval === value}
              onClick={() => setInterval(value)}
            >
              {value === "month" ? t("monthly") : t("yearly")}
            </Button>
          ))}
        </div>
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          {overview.plans.map((plan) => (
            <li key={plan.tier} className="flex">
              <PlanOption plan={plan} overview={overview} interval={interval} />
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted-foreground">{t("downgradeNote")}</p>
      </CardContent>
    </Card>
  );
}

function PlanOption({
  plan,
  overview,
  interval,
}: {
  plan: Choice;
  overview: Overview;
  interval: Interval;
}) {
  const t = useTranslations("billing.choices");
  const tier = useTranslations("common.tiers");
  const features = useTranslations("marketing.pricing.features");
  const money = useMoney();
  const current = plan.tier === overview.plan.tier;
  const cents = interval === "month" ? plan.priceMonthlyCents : plan.priceYearlyCents;
  return (
    <div
      className={cn(
        "flex w-full flex-col gap-4 rounded-lg border p-4",
        current && "border-primary ring-1 ring-primary",
      )}
    >
      <div className="grid gap-1">
        <div className="flex items-center justify-between gap-2">
          <h3 className="font-semibold">{tier(plan.tier)}</h3>
          {current ? <Badge>{t("current")}</Badge> : null}
        </div>
        {cents > 0 ? (
          <p className="flex items-baseline gap-1">
            <span className="text-2xl font-semibold">{money(cents, plan.currency)}</span>
            <span className="text-sm text-muted-foreground">
              {interval === "month" ? t("perMonth") : t("perYear")}
            </span>
          </p>
        ) : null}
        <p className="text-sm text-muted-foreground">
          {t("credits", { count: plan.monthlyCredits })}
        </p>
      </div>
      <ul className="grid flex-1 gap-2 text-sm">
        {planFeatures(plan).map((feature) => (
          <li key={feature.key} className="flex gap-2">
            <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
            {features(feature.key, feature.values)}
          </li>
        ))}
      </ul>
      {current ? null : <PlanAction plan={plan} overview={overview} interval={interval} />}
    </div>
  );
}

function PlanAction({
  plan,
  overview,
  interval,
}: {
  plan: Choice;
  overview: Overview;
  interval: Interval;
}) {
  const t = useTranslations("billing.choices");
  const tier = useTranslations("common.tiers");
  const { checkout, portal } = useStripeRedirect();
  const busy = checkout.isPending || checkout.isSuccess || portal.isPending || portal.isSuccess;
  const onStripe = overview.subscription?.viaStripe === true;
  const spinner = busy ? <LoaderCircle aria-hidden className="animate-spin" /> : null;
  if (plan.tier === "enterprise") {
    return (
      <Button asChild variant="outline">
        <Link href="/dashboard/tickets">{t("contact")}</Link>
      </Button>
    );
  }
  if (plan.tier === "free") {
    if (!onStripe || !overview.stripeConfigured) return null;
    return (
      <Button
        type="button"
        variant="outline"
        disabled={busy}
        onClick={() => portal.mutate({ flow: "cancel" })}
      >
        {spinner}
        {t("downgradeFree")}
      </Button>
    );
  }
  if (!plan.onSale) return <p className="text-sm text-muted-foreground">{t("notOnSale")}</p>;
  const name = tier(plan.tier);
  return (
    <Button
      type="button"
      disabled={busy}
      onClick={() => checkout.mutate({ tier: plan.tier as "basic" | "pro", interval })}
    >
      {spinner}
      {onStripe ? t("change", { plan: name }) : t("choose", { plan: name })}
    </Button>
  );
}
