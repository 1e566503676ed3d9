"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";

import {
  parseMoneyToCents,
  projectFormSchema,
  projectFormToInput,
  projectStatuses,
} from "@arco/api/schemas/projects";
import type { ProjectFormValues } from "@arco/api/schemas/projects";

import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Checkbox } from "~/components/ui/checkbox";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { useTranslateMessage } from "~/lib/translate-message";

export type ProjectInput = ReturnType<typeof projectFormToInput>;

export const emptyProjectForm: ProjectFormValues = {
  name: "",
  description: "",
  status: "discovery",
  completionPercent: 0,
  budgetTotal: "",
  budgetUsed: "0",
  startDate: "",
  estimatedDelivery: "",
  actualDelivery: "",
  projectManagerId: "",
  teamIds: [],
};

/** The API's field names mapped to the form's, for errors the server sends back. */
const serverField: Record<string, keyof ProjectFormValues> = {
  name: "name",
  description: "description",
  status: "status",
  completionPercent: "completionPercent",
  budgetTotalCents: "budgetTotal",
  budgetUsedCents: "budgetUsed",
  startDate: "startDate",
  estimatedDelivery: "estimatedDelivery",
  actualDelivery: "actualDelivery",
  projectManagerId: "projectManagerId",
  teamIds: "teamIds",
};

const NO_MANAGER = "none";

/** Every field of a project, for creating one and for editing it. */
export function ProjectForm({
  defaultValues,
  submitLabel,
  pendingLabel,
  onSubmit,
  currency = "BRL",
}: {
  defaultValues: ProjectFormValues;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (input: ProjectInput) => Promise<void>;
  currency?: string;
}) {
  const t = useTranslations("projects");
  const errorsT = useTranslations("common.errors");
  const trpc = useTRPC();
  const members = useQuery(trpc.members.list.queryOptions({ limit: 100 }));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProjectFormValues>({
    resolver: zodResolver(projectFormSchema),
    defaultValues,
  });
  const { errors, isSubmitting } = form.formState;
  const translate = useTranslateMessage();
  const register = form.register;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(projectFormToInput(values));
    } catch (error) {
      setFormError(applyServerErrors(form, error, serverField, errorsT));
    }
  });

  const budgetTotal = parseMoneyToCents(useWatch({ control: form.control, name: "budgetTotal" }));
  const budgetUsed = parseMoneyToCents(useWatch({ control: form.control, name: "budgetUsed" }));
  const overBudget =
    budgetTotal !== null &&
    budgetUsed !== null &&
    !Number.isNaN(budgetTotal) &&
    !Number.isNaN(budgetUsed) &&
    budgetUsed > budgetTotal;
  const people = members.data?.items ?? [];

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="grid gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label={t("form.name")} error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="off" {...register("name")} />}
      </FormField>
      <FormField label={t("form.description")} error={errors.description?.message}>
        {(field) => (
          <textarea
            {...field}
            rows={3}
            className="min-h-20 w-full rounded-md border border-input bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive"
            {...register("description")}
          />
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <Controller
          control={form.control}
          name="status"
          render={({ field: { value, onChange } }) => (
            <FormField
              label={t("form.status")}
              error={errors.status?.message}
              description={t(`statusDescription.${value}`)}
            >
              {(field) => (
                <Select value={value} onValueChange={onChange}>
                  <SelectTrigger {...field} className="w-full">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {projectStatuses.map((status) => (
                      <SelectItem key={status} value={status}>
                        {t(`status.${status}`)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            </FormField>
          )}
        />
        <FormField label={t("form.completion")} error={errors.completionPercent?.message}>
          {(field) => (
            <Input
              {...field}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              {...register("completionPercent", { valueAsNumber: true })}
            />
          )}
        </FormField>
        <FormField
          label={t("form.budgetTotal", { currency })}
          error={errors.budgetTotal?.message}
          description={t("form.budgetTotalHint")}
        >
          {(field) => (
            <Input {...field} inputMode="decimal" autoComplete="off" {...register("budgetTotal")} />
          )}
        </FormField>
        <FormField
          label={t("form.budgetUsed", { currency })}
          error={errors.budgetUsed?.message}
          description={
            overBudget ? (
              <span className="font-medium text-warning">{t("form.overBudget")}</span>
            ) : undefined
          }
        >
          {(field) => (
            <Input {...field} inputMode="decimal" autoComplete="off" {...register("budgetUsed")} />
          )}
        </FormField>
        <FormField label={t("form.startDate")} error={errors.startDate?.message}>
          {(field) => <Input {...field} type="date" {...register("startDate")} />}
        </FormField>
        <FormField label={t("form.estimatedDelivery")} error={errors.estimatedDelivery?.message}>
          {(field) => <Input {...field} type="date" {...register("estimatedDelivery")} />}
        </FormField>
        <FormField label={t("form.actualDelivery")} error={errors.actualDelivery?.message}>
          {(field) => <Input {...field} type="date" {...register("actualDelivery")} />}
        </FormField>
        <Controller
          control={form.control}
          name="projectManagerId"
          render={({ field: { value, onChange } }) => (
            <FormField label={t("form.manager")} error={errors.projectManagerId?.message}>
              {(field) => (
                <Select
                  value={value || NO_MANAGER}
                  onValueChange={(next) => onChange(next === NO_MANAGER ? "" : next)}
                >
                  <SelectTrigger {...field} className="w-full">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value={NO_MANAGER}>{t("form.noManager")}</SelectItem>
                    {people.map((person) => (
                      <SelectItem key={person.userId} value={person.userId}>
                        {person.name ?? person.email}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            </FormField>
          )}
        />
      </div>
      <Controller
        control={form.control}
        name="teamIds"
        render={({ field: { value, onChange } }) => (
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">{t("form.team")}</legend>
            {people.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                {members.isPending ? t("form.loadingMembers") : t("form.noMembers")}
              </p>
            ) : (
              <ul className="grid gap-2 sm:grid-cols-2">
                {people.map((person) => {
                  const id = `team-${person.userId}`;
                  return (
                    <li key={person.userId} className="flex items-center gap-2">
                      <Checkbox
                        id={id}
                        checked={value.includes(person.userId)}
                        onCheckedChange={(checked) =>
                          onChange(
                            checked === true
                              ? [...value, person.userId]
                              : value.filter((v) => v !== person.userId),
                          )
                        }
                      />
                      <Label htmlFor={id} className="font-normal wrap-anywhere">
                        {person.name ?? person.email}
                      </Label>
                    </li>
                  );
                })}
              </ul>
            )}
            {errors.teamIds?.message ? (
              <p className="text-sm font-medium text-destructive">
                {translate(errors.teamIds.message)}
              </p>
            ) : null}
          </fieldset>
        )}
      />
      {/* The form is taller than a phone's dialog: the submit button stays in view at its foot
          (over the dialog's own bottom padding) while the fields scroll beneath it. */}
      <div className="sticky -bottom-6 -mx-6 -mb-6 flex justify-end border-t bg-background px-6 py-4">
        <SubmitButton pending={isSubmitting} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
