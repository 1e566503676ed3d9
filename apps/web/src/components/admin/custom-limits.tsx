"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import type { RouterOutputs } from "@arco/api";
import { customLimitsInput, limitNames } from "@arco/api/schemas/plans";

import { LimitInput, useFormatLimit } from "~/components/admin/limit-input";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Input } from "~/components/ui/input";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

type ClientLimits = RouterOutputs["admin"]["plans"]["clientLimits"];
const limitsForm = customLimitsInput.omit({ orgId: true });
type Values = z.input<typeof limitsForm>;

/**
 * A client's own limits over its plan's (an enterprise deal): what the plan sets, what the
 * client has instead and what applies. Agency admins set or clear them, with a reason.
 */
export function CustomLimits({ orgId, editable }: { orgId: string; editable: boolean }) {
  const t = useTranslations("adminPlans.custom");
  const tLimits = useTranslations("adminPlans.limits");
  const formatLimit = useFormatLimit();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.plans.clientLimits.queryOptions({ orgId }));
  const own = (name: (typeof limitNames)[number]) => Object.hasOwn(data.custom, name);
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <SlidersHorizontal aria-hidden className="size-4 text-primary" />
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description", { plan: data.planName })}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <Table>
          <caption className="sr-only">{t("caption", { plan: data.planName })}</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t("columns.limit")}</TableHead>
              <TableHead>{t("columns.plan")}</TableHead>
              <TableHead>{t("columns.applies")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {limitNames.map((name) => (
              <TableRow key={name}>
                <TableCell>{tLimits(name)}</TableCell>
                <TableCell className="text-muted-foreground">
                  {formatLimit(name, data.plan[name])}
                </TableCell>
                <TableCell className={own(name) ? "font-medium" : undefined}>
                  {formatLimit(name, data.effective[name])}
                  {own(name) ? (
                    <Badge variant="secondary" className="ml-2">
                      {t("ownMark")}
                    </Badge>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <p className="text-sm text-muted-foreground">
          {Object.keys(data.custom).length > 0 ? t("ownNote") : t("none")}
        </p>
        {editable ? (
          // Remounted after a save, so the inputs start from what is stored.
          <LimitsForm key={JSON.stringify(data.custom)} orgId={orgId} limits={data} />
        ) : null}
      </CardContent>
    </Card>
  );
}

function LimitsForm({ orgId, limits }: { orgId: string; limits: ClientLimits }) {
  const t = useTranslations("adminPlans.custom");
  const tLimits = useTranslations("adminPlans.limits");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof limitsForm>>({
    resolver: zodResolver(limitsForm),
    defaultValues: { limits: limits.custom, reason: "" },
  });
  const setLimits = useMutation(trpc.admin.plans.setCustomLimits.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const save = async (values: z.output<typeof limitsForm>) => {
    setFormError(null);
    try {
      const saved = await setLimits.mutateAsync({ orgId, ...values });
      await queryClient.invalidateQueries(trpc.admin.plans.pathFilter());
      toast.success(saved.customLimits ? t("saved") : t("cleared"));
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["limits", "reason"], tErrors));
    }
  };
  const onSubmit = form.handleSubmit(save);
  const clear = async () => {
    if (await form.trigger("reason")) await save({ limits: {}, reason: form.getValues("reason") });
  };
  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-label={t("formLabel")}
      className="grid gap-4 rounded-lg border p-4"
    >
      <h3 className="text-sm font-medium">{t("formLabel")}</h3>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {limitNames.map((name) => (
          <FormField key={name} label={tLimits(name)} error={errors.limits?.[name]?.message}>
            {(field) => (
              <Controller
                control={form.control}
                name={`limits.${name}`}
                render={({ field: { value, onChange } }) => (
                  <LimitInput
                    name={name}
                    label={tLimits(name)}
                    value={value}
                    onChange={onChange}
                    inherited={limits.plan[name]}
                    control={field}
                  />
                )}
              />
            )}
          </FormField>
        ))}
      </div>
      <FormField label={t("reason")} description={t("reasonHint")} error={errors.reason?.message}>
        {(field) => <Input {...field} {...form.register("reason")} />}
      </FormField>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={isSubmitting} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
        {Object.keys(limits.custom).length > 0 ? (
          <Button
            type="button"
            variant="outline"
            disabled={setLimits.isPending}
            onClick={() => void clear()}
          >
            {t("clear")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
