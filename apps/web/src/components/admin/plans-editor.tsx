"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Info } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { Control } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import type { RouterOutputs } from "@arco/api";
import {
  aiInsightsLevels,
  campaignPlatforms,
  limitNames,
  planFields,
} from "@arco/api/schemas/plans";

import { LimitInput, useFormatLimit } from "~/components/admin/limit-input";
import { useMoney } from "~/components/dashboard/billing/money";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import type { FieldControlProps } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Alert, AlertDescription } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Checkbox } from "~/components/ui/checkbox";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { applyServerErrors } from "~/lib/form-errors";
import { nativeSelect } from "~/lib/native-select";
import { useTranslateMessage } from "~/lib/translate-message";
import { useTRPC } from "~/trpc/react";

type Listed = RouterOutputs["admin"]["plans"]["list"];
type Plan = Listed["plans"][number];
type Values = z.input<typeof planFields>;

/**
 * The plan catalogue for agency staff: each plan's prices and clients at a glance, then each
 * plan's limits, prices and features — a form for admins, the same read-only for support.
 */
export function PlansEditor({ editable }: { editable: boolean }) {
  const t = useTranslations("adminPlans");
  const tTiers = useTranslations("common.tiers");
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.plans.list.queryOptions());
  return (
    <div className="grid gap-6">
      {editable ? null : (
        <Alert>
          <Info aria-hidden />
          <AlertDescription>{t("readOnly")}</AlertDescription>
        </Alert>
      )}
      <PlansTable plans={data.plans} />
      {data.plans.map((plan) => (
        <Card key={plan.id} aria-labelledby={`plan-${plan.id}`}>
          <CardHeader>
            <CardTitle className="flex flex-wrap items-center gap-2">
              <h2 id={`plan-${plan.id}`}>{tTiers(plan.tier)}</h2>
              {plan.isActive ? null : <Badge variant="secondary">{t("withdrawn")}</Badge>}
            </CardTitle>
            <CardDescription>{t("clients", { count: plan.organizations })}</CardDescription>
          </CardHeader>
          <CardContent>
            {editable ? (
              <PlanForm plan={plan} stripeConfigured={data.stripeConfigured} />
            ) : (
              <PlanDetails plan={plan} />
            )}
          </CardContent>
        </Card>
      ))}
    </div>
  );
}

function PlansTable({ plans }: { plans: Plan[] }) {
  const t = useTranslations("adminPlans");
  const tTiers = useTranslations("common.tiers");
  const money = useMoney();
  return (
    <Card className="py-2">
      <Table>
        <caption className="sr-only">{t("caption")}</caption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-6">{t("columns.plan")}</TableHead>
            <TableHead>{t("columns.monthly")}</TableHead>
            <TableHead className="hidden sm:table-cell">{t("columns.yearly")}</TableHead>
            <TableHead>{t("columns.clients")}</TableHead>
            <TableHead className="hidden pr-6 md:table-cell">{t("columns.status")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plans.map((plan) => (
            <TableRow key={plan.id}>
              <TableCell className="pl-6 font-medium">
                <a href={`#plan-${plan.id}`} className="underline-offset-4 hover:underline">
                  {tTiers(plan.tier)}
                </a>
              </TableCell>
              <TableCell>{money(plan.priceMonthlyCents, plan.currency)}</TableCell>
              <TableCell className="hidden sm:table-cell">
                {money(plan.priceYearlyCents, plan.currency)}
              </TableCell>
              <TableCell>
                {t("clients", { count: plan.organizations })}
                {plan.withCustomLimits > 0 ? (
                  <span className="block text-xs text-muted-foreground">
                    {t("withCustomLimits", { count: plan.withCustomLimits })}
                  </span>
                ) : null}
              </TableCell>
              <TableCell className="hidden pr-6 md:table-cell">
                {plan.isActive ? t("onOffer") : t("withdrawn")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

/** What support staff see of a plan: its limits and features, nothing to change. */
function PlanDetails({ plan }: { plan: Plan }) {
  const t = useTranslations("adminPlans");
  const formatLimit = useFormatLimit();
  const format = useFormatter();
  const rows: [string, string][] = [
    ...limitNames.map((name): [string, string] => [
      t(`limits.${name}`),
      formatLimit(name, plan[name]),
    ]),
    [t("form.aiInsights"), t(`aiLevels.${plan.aiInsights}`)],
    [
      t("form.campaignPlatforms"),
      plan.campaignPlatforms.length > 0
        ? format.list(plan.campaignPlatforms.map((p) => t(`platforms.${p}`)))
        : t("form.noPlatforms"),
    ],
    [t("form.whiteLabel"), plan.whiteLabel ? t("yes") : t("no")],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {rows.map(([term, value]) => (
        <div key={term} className="grid gap-0.5">
          <dt className="text-muted-foreground">{term}</dt>
          <dd className="font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const valuesOf = (plan: Plan): Values => ({
  name: plan.name,
  description: plan.description ?? "",
  ...Object.fromEntries(limitNames.map((name) => [name, plan[name]])),
  priceMonthlyCents: plan.priceMonthlyCents,
  priceYearlyCents: plan.priceYearlyCents,
  aiInsights: plan.aiInsights,
  campaignPlatforms: plan.campaignPlatforms,
  whiteLabel: plan.whiteLabel,
  isActive: plan.isActive,
});

function PlanForm({ plan, stripeConfigured }: { plan: Plan; stripeConfigured: boolean }) {
  const t = useTranslations("adminPlans");
  const tTiers = useTranslations("common.tiers");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof planFields>>({
    resolver: zodResolver(planFields),
    defaultValues: valuesOf(plan),
  });
  const update = useMutation(trpc.admin.plans.update.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync({ planId: plan.id, ...values });
      await queryClient.invalidateQueries(trpc.admin.plans.pathFilter());
      form.reset(values);
      toast.success(
        saved.stripe === "synced"
          ? t("form.savedStripe", { plan: tTiers(plan.tier) })
          : t("form.saved", { plan: tTiers(plan.tier) }),
      );
    } catch (error) {
      setFormError(
        applyServerErrors(form, error, Object.keys(planFields.shape) as (keyof Values)[], tErrors),
      );
    }
  });
  const section = "grid gap-4 rounded-lg border p-4";
  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-label={t("form.title", { plan: tTiers(plan.tier) })}
      className="grid gap-4"
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <FormField label={t("form.name")} error={errors.name?.message}>
          {(field) => <Input {...field} {...form.register("name")} />}
        </FormField>
        <FormField label={t("form.description")} error={errors.description?.message}>
          {(field) => <Input {...field} {...form.register("description")} />}
        </FormField>
      </div>

      <fieldset className={section}>
        <legend className="px-1 text-sm font-medium">{t("form.limits")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          {limitNames.map((name) => (
            <FormField key={name} label={t(`limits.${name}`)} error={errors[name]?.message}>
              {(field) => (
                <Controller
                  control={form.control}
                  name={name}
                  render={({ field: { value, onChange } }) => (
                    <LimitInput
                      name={name}
                      label={t(`limits.${name}`)}
                      value={value}
                      onChange={onChange}
                      control={field}
                    />
                  )}
                />
              )}
            </FormField>
          ))}
        </div>
      </fieldset>

      <fieldset className={section}>
        <legend className="px-1 text-sm font-medium">{t("form.prices")}</legend>
        <p className="text-sm text-muted-foreground">
          {stripeConfigured ? t("stripeNote") : t("manualNote")}
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          {(["priceMonthlyCents", "priceYearlyCents"] as const).map((name) => (
            <FormField
              key={name}
              label={t(`form.${name}`)}
              description={t("form.priceHint", { currency: plan.currency })}
              error={errors[name]?.message}
            >
              {(field) => (
                <Controller
                  control={form.control}
                  name={name}
                  render={({ field: { value, onChange } }) => (
                    <CentsInput control={field} value={value} onChange={onChange} />
                  )}
                />
              )}
            </FormField>
          ))}
        </div>
      </fieldset>

      <fieldset className={section}>
        <legend className="px-1 text-sm font-medium">{t("form.features")}</legend>
        <FormField label={t("form.aiInsights")} error={errors.aiInsights?.message}>
          {(field) => (
            <select {...field} className={nativeSelect} {...form.register("aiInsights")}>
              {aiInsightsLevels.map((level) => (
                <option key={level} value={level}>
                  {t(`aiLevels.${level}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <PlatformsField control={form.control} error={errors.campaignPlatforms?.message} />
        <CheckboxField control={form.control} name="whiteLabel" label={t("form.whiteLabel")} />
        <CheckboxField
          control={form.control}
          name="isActive"
          label={t("form.isActive")}
          description={t("form.isActiveHint")}
        />
      </fieldset>

      <SubmitButton pending={isSubmitting} pendingLabel={t("form.saving")} className="w-fit">
        {t("form.save", { plan: tTiers(plan.tier) })}
      </SubmitButton>
    </form>
  );
}

/** An amount typed in units of the currency (297.50), reported in cents (NaN when not one). */
function CentsInput({
  control,
  value,
  onChange,
}: {
  control: FieldControlProps;
  value: number | undefined;
  onChange: (cents: number) => void;
}) {
  const [text, setText] = useState(() => (value === undefined ? "" : String(value / 100)));
  return (
    <Input
      {...control}
      type="number"
      inputMode="decimal"
      min={0}
      step="0.01"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const typed = event.target.value.trim();
        onChange(typed === "" ? Number.NaN : Math.round(Number(typed) * 100));
      }}
    />
  );
}

function PlatformsField({ control, error }: { control: Control<Values>; error?: string }) {
  const t = useTranslations("adminPlans");
  const translate = useTranslateMessage();
  const id = useId();
  return (
    <Controller
      control={control}
      name="campaignPlatforms"
      render={({ field: { value = [], onChange } }) => (
        <fieldset className="grid gap-2" aria-describedby={error ? `${id}-error` : undefined}>
          <legend className="mb-2 text-sm font-medium">{t("form.campaignPlatforms")}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {campaignPlatforms.map((platform) => (
              <div key={platform} className="flex items-center gap-2">
                <Checkbox
                  id={`${id}-${platform}`}
                  checked={value.includes(platform)}
                  onCheckedChange={(on) =>
                    onChange(
                      on === true ? [...value, platform] : value.filter((p) => p !== platform),
                    )
                  }
                />
                <Label htmlFor={`${id}-${platform}`}>{t(`platforms.${platform}`)}</Label>
              </div>
            ))}
          </div>
          {error ? (
            <p id={`${id}-error`} className="text-sm font-medium text-destructive">
              {translate(error)}
            </p>
          ) : null}
        </fieldset>
      )}
    />
  );
}

function CheckboxField({
  control,
  name,
  label,
  description,
}: {
  control: Control<Values>;
  name: "whiteLabel" | "isActive";
  label: string;
  description?: string;
}) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { value, onChange } }) => (
        <div className="grid gap-1">
          <div className="flex items-center gap-2">
            <Checkbox
              id={id}
              checked={value === true}
              onCheckedChange={(on) => onChange(on === true)}
              aria-describedby={description ? `${id}-description` : undefined}
            />
            <Label htmlFor={id}>{label}</Label>
          </div>
          {description ? (
            <p id={`${id}-description`} className="text-sm text-muted-foreground">
              {description}
            </p>
          ) : null}
        </div>
      )}
    />
  );
}
