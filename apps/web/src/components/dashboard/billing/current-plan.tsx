"use client";

import { useQuery } from "@tanstack/react-query";
import { CreditCard, ExternalLink, LoaderCircle } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import type { RouterOutputs } from "@arco/api";

import { QueryError } from "~/components/query-error";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";

import { useMoney } from "./money";
import { useStripeRedirect } from "./use-stripe-redirect";

type Overview = RouterOutputs["billing"]["overview"];

/** The plan the organization is on, its subscription's state, and the card it pays with. */
export function CurrentPlan({ overview }: { overview: Overview }) {
  const t = useTranslations("billing.plan");
  const tier = useTranslations("common.tiers");
  const format = useFormatter();
  const money = useMoney();
  const { subscription, plan } = overview;
  const onStripe = overview.stripeConfigured && subscription?.viaStripe === true;
  const price =
    subscription?.interval === "year"
      ? t("perYear", { price: money(plan.priceYearlyCents, plan.currency) })
      : t("perMonth", { price: money(plan.priceMonthlyCents, plan.currency) });
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <p className="text-2xl font-semibold" data-testid="current-tier">
            {tier(plan.tier)}
          </p>
          {subscription ? (
            <Badge variant={subscription.status === "past_due" ? "destructive" : "secondary"}>
              {t(`status.${subscription.status}`)}
            </Badge>
          ) : null}
          <p className="text-sm text-muted-foreground">
            {plan.tier === "free"
              ? t("free")
              : subscription && !subscription.viaStripe
                ? t("contract", { reason: subscription.manualReason ?? "" })
                : price}
          </p>
        </div>
        {subscription ? (
          <div className="grid gap-1 text-sm">
            <p>
              {t("period", {
                start: format.dateTime(subscription.currentPeriodStart, "date"),
                end: format.dateTime(subscription.currentPeriodEnd, "date"),
              })}
            </p>
            {subscription.viaStripe ? (
              <p className={subscription.cancelAtPeriodEnd ? "font-medium" : ""}>
                {subscription.cancelAtPeriodEnd
                  ? t("cancels", { date: format.dateTime(subscription.currentPeriodEnd, "date") })
                  : t("renews", { date: format.dateTime(subscription.currentPeriodEnd, "date") })}
              </p>
            ) : null}
          </div>
        ) : null}
        {overview.stripeConfigured && overview.hasCustomer ? (
          <PaymentDetails onStripe={onStripe} />
        ) : null}
        <History history={overview.history} />
      </CardContent>
    </Card>
  );
}

/** Stripe's side, loaded in the browser: the page shows without it when Stripe is slow. */
function PaymentDetails({ onStripe }: { onStripe: boolean }) {
  const t = useTranslations("billing.plan");
  const format = useFormatter();
  const money = useMoney();
  const trpc = useTRPC();
  const account = useQuery(trpc.billing.account.queryOptions());
  const { portal } = useStripeRedirect();
  const busy = portal.isPending || portal.isSuccess;
  if (account.isPending) {
    return (
      <div aria-busy="true" aria-label={t("stripeLoading")} className="grid gap-2">
        <Skeleton className="h-5 w-2/3" />
        <Skeleton className="h-5 w-1/2" />
      </div>
    );
  }
  if (account.isError)
    return <QueryError error={account.error} retry={() => void account.refetch()} />;
  const details = account.data;
  const card = details?.paymentMethod;
  return (
    <div className="grid gap-4">
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div className="grid gap-0.5">
          <dt className="text-muted-foreground">{t("paymentMethod")}</dt>
          <dd className="flex items-center gap-2">
            <CreditCard aria-hidden className="size-4 text-muted-foreground" />
            {card
              ? t("card", {
                  brand: card.brand.toUpperCase(),
                  last4: card.last4,
                  month: String(card.expMonth).padStart(2, "0"),
                  year: card.expYear,
                })
              : t("noCard")}
          </dd>
        </div>
        <div className="grid gap-0.5">
          <dt className="text-muted-foreground">{t("nextInvoice")}</dt>
          <dd>
            {details?.nextInvoice
              ? t("nextInvoiceValue", {
                  amount: money(details.nextInvoice.amountDue, details.nextInvoice.currency),
                  date: format.dateTime(details.nextInvoice.at, "date"),
                })
              : t("noNextInvoice")}
          </dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="outline"
          disabled={busy}
          onClick={() => portal.mutate({ flow: "payment-method" })}
        >
          {busy ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
          {t("updateCard")}
        </Button>
        <Button type="button" variant="outline" disabled={busy} onClick={() => portal.mutate({})}>
          <ExternalLink aria-hidden />
          {t("portal")}
        </Button>
        {onStripe ? (
          <Button
            type="button"
            variant="ghost"
            disabled={busy}
            onClick={() => portal.mutate({ flow: "cancel" })}
          >
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** Every subscription the organization has had, newest first. */
function History({ history }: { history: Overview["history"] }) {
  const t = useTranslations("billing");
  const tier = useTranslations("common.tiers");
  const format = useFormatter();
  return (
    <section aria-labelledby="subscription-history" className="grid gap-2">
      <h3 id="subscription-history" className="text-sm font-medium">
        {t("history.title")}
      </h3>
      {history.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("history.empty")}</p>
      ) : (
        <ol className="grid gap-1 text-sm">
          {history.map((entry) => (
            <li key={entry.id} className="flex flex-wrap gap-x-2">
              <span>
                {t("history.row", {
                  plan: tier(entry.tier),
                  status: t(`plan.status.${entry.status}`),
                  start: format.dateTime(entry.createdAt, "date"),
                })}
              </span>
              {entry.viaStripe ? null : (
                <span className="text-muted-foreground">{t("history.manual")}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
