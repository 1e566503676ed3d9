import type { PublicPlan } from "@arco/services/plans";
import { Check } from "lucide-react";
import Link from "next/link";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "~/components/ui/card";
import { planFeatures, planPrice } from "~/lib/plan-features";
import { cn } from "~/lib/utils";

/** The tier the page recommends. */
const HIGHLIGHTED = "pro";

const cta = (plan: PublicPlan) =>
  plan.tier === "free"
    ? "Start free"
    : plan.tier === "enterprise"
      ? `Request ${plan.name}`
      : `Choose ${plan.name}`;

export function Pricing({ plans }: { plans: PublicPlan[] }) {
  return (
    <section id="pricing" aria-labelledby="pricing-title" className="py-16 sm:py-24">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="mx-auto max-w-2xl text-center">
          <p className="text-sm font-semibold text-primary">Pricing</p>
          <h2
            id="pricing-title"
            className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-4xl"
          >
            Start free, upgrade when you outgrow it
          </h2>
          <p className="mt-4 text-lg text-pretty text-muted-foreground">
            Every plan includes the client dashboard. Higher tiers add projects, storage, faster
            answers from our team and AI insights.
          </p>
        </div>

        <ul className="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {plans.map((plan) => {
            const highlight = plan.tier === HIGHLIGHTED;
            const price = planPrice(plan);
            return (
              <li key={plan.id} className="flex">
                <Card
                  className={cn(
                    "relative w-full",
                    highlight && "border-primary shadow-lg ring-1 shadow-primary/10 ring-primary",
                  )}
                >
                  <CardHeader>
                    <div className="flex items-center justify-between gap-2">
                      <h3 className="text-lg font-semibold">{plan.name}</h3>
                      {highlight ? <Badge>Most chosen</Badge> : null}
                    </div>
                    <CardDescription>{plan.description}</CardDescription>
                    <p className="mt-2 flex items-baseline gap-1">
                      <span className="text-3xl font-semibold tracking-tight">{price.amount}</span>
                      {price.period ? (
                        <span className="text-sm text-muted-foreground">{price.period}</span>
                      ) : null}
                    </p>
                  </CardHeader>
                  <CardContent className="flex-1">
                    <ul className="grid gap-2.5 text-sm">
                      {planFeatures(plan).map((feature) => (
                        <li key={feature} className="flex gap-2">
                          <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
                          {feature}
                        </li>
                      ))}
                    </ul>
                  </CardContent>
                  <CardFooter>
                    <Button asChild variant={highlight ? "default" : "outline"} className="w-full">
                      <Link href="/sign-up">{cta(plan)}</Link>
                    </Button>
                  </CardFooter>
                </Card>
              </li>
            );
          })}
        </ul>
        <p className="mt-8 text-center text-sm text-muted-foreground">
          Prices in Brazilian reais. Limits apply per organization; ticket allowances renew every
          month.
        </p>
      </div>
    </section>
  );
}
