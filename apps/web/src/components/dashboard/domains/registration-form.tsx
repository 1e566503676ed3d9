"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { domainDetailsForm } from "@arco/api/schemas/domains";

import type { RouterOutputs } from "@arco/api";

import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Checkbox } from "~/components/ui/checkbox";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

import { useFormatDay } from "./dates";
import { ProjectSelect } from "./project-select";

type Values = z.input<typeof domainDetailsForm>;
type Parsed = z.output<typeof domainDetailsForm>;

type Registration = RouterOutputs["domains"]["byId"];

const textareaClass =
  "min-h-24 w-full rounded-md border border-input bg-transparent px-3 py-2 font-mono text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive";

const toLines = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** Registrar, dates, auto-renewal and name servers: a form for editors, a summary for others. */
export function RegistrationForm({
  domain,
  editable,
}: {
  domain: Registration;
  editable: boolean;
}) {
  return editable ? <EditRegistration domain={domain} /> : <RegistrationSummary domain={domain} />;
}

function RegistrationSummary({ domain }: { domain: Registration }) {
  const t = useTranslations("domains.registration");
  const tDomains = useTranslations("domains");
  const formatDay = useFormatDay();
  const notSet = tDomains("notSet");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Item label={t("registrar")}>{domain.registrar ?? notSet}</Item>
          <Item label={t("registeredOn")}>
            {domain.registeredOn ? formatDay(domain.registeredOn) : notSet}
          </Item>
          <Item label={t("renewsOn")}>{domain.renewsOn ? formatDay(domain.renewsOn) : notSet}</Item>
          <Item label={t("autoRenew")}>{domain.autoRenew ? t("on") : t("off")}</Item>
        </dl>
      </CardContent>
    </Card>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function EditRegistration({ domain }: { domain: Registration }) {
  const t = useTranslations("domains.registration");
  const tProject = useTranslations("domains.project");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [nsText, setNsText] = useState(domain.nameservers.join("\n"));
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(domainDetailsForm),
    defaultValues: {
      registrar: domain.registrar ?? "",
      registeredOn: domain.registeredOn,
      renewsOn: domain.renewsOn,
      autoRenew: domain.autoRenew,
      nameservers: domain.nameservers,
      projectId: domain.projectId,
    },
  });
  const update = useMutation(trpc.domains.update.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const nsError = Array.isArray(errors.nameservers)
    ? errors.nameservers.find((e) => e?.message)?.message
    : errors.nameservers?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await update.mutateAsync({ id: domain.id, ...values });
      await queryClient.invalidateQueries(trpc.domains.pathFilter());
      toast.success(t("saved"));
    } catch (error) {
      setFormError(
        applyServerErrors(
          form,
          error,
          ["registrar", "registeredOn", "renewsOn", "nameservers", "projectId"],
          tErrors,
        ),
      );
    }
  });

  const dateField = (name: "registeredOn" | "renewsOn") =>
    form.register(name, { setValueAs: (v: string | null) => (v ? v : null) });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          aria-label={t("formLabel")}
          onSubmit={(event) => void onSubmit(event)}
          className="grid gap-4"
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField label={t("registrar")} error={errors.registrar?.message}>
              {(field) => (
                <Input {...field} placeholder="Registro.br" {...form.register("registrar")} />
              )}
            </FormField>
            <FormField label={t("registeredOn")} error={errors.registeredOn?.message}>
              {(field) => <Input {...field} type="date" {...dateField("registeredOn")} />}
            </FormField>
            <FormField label={t("renewsOn")} error={errors.renewsOn?.message}>
              {(field) => <Input {...field} type="date" {...dateField("renewsOn")} />}
            </FormField>
          </div>
          <Controller
            control={form.control}
            name="autoRenew"
            render={({ field: { value, onChange } }) => (
              <div className="flex items-center gap-2">
                <Checkbox
                  id={`auto-renew-${domain.id}`}
                  checked={value === true}
                  onCheckedChange={(checked) => onChange(checked === true)}
                />
                <Label htmlFor={`auto-renew-${domain.id}`} className="font-normal">
                  {t("autoRenewLabel")}
                </Label>
              </div>
            )}
          />
          <Controller
            control={form.control}
            name="nameservers"
            render={({ field: { onChange } }) => (
              <FormField
                label={t("nameservers")}
                error={nsError}
                description={t("nameserversHint")}
              >
                {(field) => (
                  <textarea
                    {...field}
                    className={textareaClass}
                    spellCheck={false}
                    value={nsText}
                    onChange={(event) => {
                      setNsText(event.target.value);
                      onChange(toLines(event.target.value));
                    }}
                  />
                )}
              </FormField>
            )}
          />
          <Controller
            control={form.control}
            name="projectId"
            render={({ field: { value, onChange } }) => (
              <FormField
                label={tProject("label")}
                error={errors.projectId?.message}
                description={t("projectHint")}
                className="sm:max-w-xs"
              >
                {(field) => <ProjectSelect value={value} onChange={onChange} field={field} />}
              </FormField>
            )}
          />
          <SubmitButton pending={isSubmitting} pendingLabel={t("pending")} className="w-fit">
            {t("submit")}
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}
