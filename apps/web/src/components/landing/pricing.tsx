import type { PublicPlan } from "@arco/services/plans";
import { Check } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "~/components/ui/card";
import { monthlyPrice, planFeatures } from "~/lib/plan-features";
import { cn } from "~/lib/utils";

/**
 * Free starts with an account; a paid plan with an account that goes on to the billing page
 * (signed-in visitors are taken straight there); Enterprise with a conversation.
 */
const ctaHref = (plan: PublicPlan) =>
  plan.tier === "basic" || plan.tier === "pro"
    ? (`/sign-up?callbackUrl=${encodeURIComponent("/dashboard/billing#plans")}` as const)
    : "/sign-up";

/** The tier the page recommends. */
const HIGHLIGHTED = "pro";

export function Pricing({ plans }: { plans: PublicPlan[] }) {
  const t = useTranslations("marketing.pricing");
  const format = useFormatter();

  const cta = (plan: PublicPlan) => {
    const name = t(`tiers.${plan.tier}.name`);
    if (plan.tier === "free") return t("cta.free");
    return plan.tier === "enterprise"
      ? t("cta.request", { plan: name })
      : t("cta.choose", { plan: name });
  };

  return (
    <section id="pricing" aria-labelledby="pricing-title" className="py-16 sm:py-24">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="mx-auto max-w-2xl text-center">
          <p className="text-sm font-semibold text-primary">{t("eyebrow")}</p>
          <h2
            id="pricing-title"
            className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-4xl"
          >
            {t("title")}
          </h2>
          <p className="mt-4 text-lg text-pretty text-muted-foreground">{t("text")}</p>
        </div>

        <ul className="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {plans.map((plan) => {
            const highlight = plan.tier === HIGHLIGHTED;
            const price = monthlyPrice(plan);
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
                      <h3 className="text-lg font-semibold">{t(`tiers.${plan.tier}.name`)}</h3>
                      {highlight ? <Badge>{t("highlighted")}</Badge> : null}
                    </div>
                    <CardDescription>{t(`tiers.${plan.tier}.description`)}</CardDescription>
                    <p className="mt-2 flex items-baseline gap-1">
                      <span className="text-3xl font-semibold tracking-tight">
                        {price === null
                          ? t("custom")
                          : format.number(price, {
                              style: "currency",
                              currency: plan.currency,
                              // "R$ 297", but "R$ 897,50".
                              minimumFractionDigits: Number.isInteger(price) ? 0 : 2,
                              maximumFractionDigits: Number.isInteger(price) ? 0 : 2,
                            })}
                      </span>
                      {price ? (
                        <span className="text-sm text-muted-foreground">{t("perMonth")}</span>
                      ) : null}
                    </p>
                  </CardHeader>
                  <CardContent className="flex-1">
                    <ul className="grid gap-2.5 text-sm">
                      {planFeatures(plan).map((feature) => (
                        <li key={feature.key} className="flex gap-2">
                          <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
                          {t(`features.${feature.key}`, feature.values)}
                        </li>
                      ))}
                    </ul>
                  </CardContent>
                  <CardFooter>
                    <Button asChild variant={highlight ? "default" : "outline"} className="w-full">
                      <Link href={ctaHref(plan)}>{cta(plan)}</Link>
                    </Button>
                  </CardFooter>
                </Card>
              </li>
            );
          })}
        </ul>
        <p className="mt-8 text-center text-sm text-muted-foreground">{t("note")}</p>
      </div>
    </section>
  );
}
