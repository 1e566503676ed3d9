"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { ArrowLeft, Coins, CreditCard } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { adjustCreditsInput, setPlanInput, tiers } from "@arco/api/schemas/billing";

import { PageHeader } from "~/components/app-shell/app-shell";
import { UsageChartCard } from "~/components/dashboard/billing/usage-chart-card";
import { USAGE_DAYS } from "~/components/dashboard/billing/queries";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Input } from "~/components/ui/input";
import { applyServerErrors } from "~/lib/form-errors";
import { nativeSelect } from "~/lib/native-select";
import { useTRPC } from "~/trpc/react";

const planForm = setPlanInput.omit({ orgId: true });
const creditsForm = adjustCreditsInput.omit({ orgId: true, idempotencyKey: true });

/**
 * A client's billing as agency staff see it: the plan and every subscription, the credit balance
 * and daily usage; agency admins set the plan by hand (an offline contract) and adjust credits,
 * each with the reason on record.
 */
export function ClientBilling({ orgId, mayChange }: { orgId: string; mayChange: boolean }) {
  const t = useTranslations("admin.client");
  const tier = useTranslations("common.tiers");
  const tBilling = useTranslations("billing");
  const format = useFormatter();
  const trpc = useTRPC();
  const { data: client } = useSuspenseQuery(trpc.admin.clients.billing.queryOptions({ orgId }));
  const { data: usage } = useSuspenseQuery(
    trpc.admin.clients.usage.queryOptions({ orgId, days: USAGE_DAYS }),
  );
  const onStripe = client.subscription?.viaStripe === true;
  return (
    <>
      <Link
        href="/admin/clients"
        className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <PageHeader title={client.orgName} description={t("description")} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <CreditCard aria-hidden className="size-4 text-primary" />
              <h2>{t("plan")}</h2>
            </CardTitle>
            <CardDescription>{onStripe ? t("paysOnStripe") : t("setByHand")}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <p className="flex flex-wrap items-center gap-2">
              <span className="text-2xl font-semibold" data-testid="client-tier">
                {tier(client.plan.tier)}
              </span>
              {client.subscription ? (
                <Badge variant="secondary">
                  {tBilling(`plan.status.${client.subscription.status}`)}
                </Badge>
              ) : null}
            </p>
            <ol className="grid gap-1 text-sm">
              {client.history.map((entry) => (
                <li key={entry.id}>
                  {tBilling("history.row", {
                    plan: tier(entry.tier),
                    status: tBilling(`plan.status.${entry.status}`),
                    start: format.dateTime(entry.createdAt, "date"),
                  })}
                  {entry.manualReason ? (
                    <span className="text-muted-foreground" translate="no">
                      {" "}
                      — {entry.manualReason}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
            {mayChange && !onStripe ? (
              <SetPlanForm orgId={orgId} current={client.plan.tier} />
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Coins aria-hidden className="size-4 text-primary" />
              <h2>{tBilling("credits.title")}</h2>
            </CardTitle>
            <CardDescription>{t("creditsDescription")}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <p className="text-2xl font-semibold" data-testid="client-balance">
              {tBilling("credits.balanceValue", { count: client.balance.balance })}
            </p>
            {mayChange ? <AdjustCreditsForm orgId={orgId} /> : null}
          </CardContent>
        </Card>
      </div>
      <UsageChartCard days={usage} />
    </>
  );
}

function SetPlanForm({ orgId, current }: { orgId: string; current: (typeof tiers)[number] }) {
  const t = useTranslations("admin.client");
  const tier = useTranslations("common.tiers");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof planForm>>({
    resolver: zodResolver(planForm),
    defaultValues: { tier: current, reason: "" },
  });
  const setPlan = useMutation(trpc.admin.clients.setPlan.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await setPlan.mutateAsync({ orgId, ...values });
      form.reset({ tier: values.tier, reason: "" });
      await queryClient.invalidateQueries(trpc.admin.clients.pathFilter());
      toast.success(t("planSet", { plan: tier(values.tier) }));
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["tier", "reason"], tErrors));
    }
  });
  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-label={t("setPlan")}
      className="grid gap-3 rounded-lg border p-4"
    >
      <h3 className="text-sm font-medium">{t("setPlan")}</h3>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label={t("tier")} error={errors.tier?.message}>
        {(field) => (
          <select {...field} className={nativeSelect} {...form.register("tier")}>
            {tiers.map((value) => (
              <option key={value} value={value}>
                {tier(value)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t("reason")} description={t("reasonHint")} error={errors.reason?.message}>
        {(field) => <Input {...field} {...form.register("reason")} />}
      </FormField>
      <SubmitButton pending={isSubmitting} pendingLabel={t("saving")} className="w-fit">
        {t("setPlanAction")}
      </SubmitButton>
    </form>
  );
}

function AdjustCreditsForm({ orgId }: { orgId: string }) {
  const t = useTranslations("admin.client");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  // One key per adjustment: a retried submit of the same one adjusts once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<z.input<typeof creditsForm>, unknown, z.output<typeof creditsForm>>({
    resolver: zodResolver(creditsForm),
    defaultValues: { reason: "" },
  });
  const adjust = useMutation(trpc.admin.clients.adjustCredits.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await adjust.mutateAsync({ orgId, idempotencyKey, ...values });
      setIdempotencyKey(crypto.randomUUID());
      form.reset({ reason: "" });
      await queryClient.invalidateQueries(trpc.admin.clients.pathFilter());
      toast.success(t("adjusted"));
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["amount", "reason"], tErrors));
    }
  });
  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-label={t("adjust")}
      className="grid gap-3 rounded-lg border p-4"
    >
      <h3 className="text-sm font-medium">{t("adjust")}</h3>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label={t("amount")} description={t("amountHint")} error={errors.amount?.message}>
        {(field) => (
          <Input
            {...field}
            type="number"
            inputMode="numeric"
            step={1}
            {...form.register("amount", { valueAsNumber: true })}
          />
        )}
      </FormField>
      <FormField label={t("reason")} description={t("reasonHint")} error={errors.reason?.message}>
        {(field) => <Input {...field} {...form.register("reason")} />}
      </FormField>
      <SubmitButton pending={isSubmitting} pendingLabel={t("saving")} className="w-fit">
        {t("adjustAction")}
      </SubmitButton>
    </form>
  );
}
