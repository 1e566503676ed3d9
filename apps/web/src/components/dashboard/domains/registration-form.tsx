"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
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
import { formatDate } from "~/lib/format";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

import { dateOnly } from "./list-options";
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
  if (!editable) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Registration</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Item label="Registrar or provider">{domain.registrar ?? "Not set"}</Item>
            <Item label="Registered on">
              {domain.registeredOn ? formatDate(dateOnly(domain.registeredOn)) : "Not set"}
            </Item>
            <Item label="Renews on">
              {domain.renewsOn ? formatDate(dateOnly(domain.renewsOn)) : "Not set"}
            </Item>
            <Item label="Automatic renewal">{domain.autoRenew ? "On" : "Off"}</Item>
          </dl>
        </CardContent>
      </Card>
    );
  }
  return <EditRegistration domain={domain} />;
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
      toast.success("Registration details saved.");
    } catch (error) {
      setFormError(
        applyServerErrors(form, error, [
          "registrar",
          "registeredOn",
          "renewsOn",
          "nameservers",
          "projectId",
        ]),
      );
    }
  });

  const dateField = (name: "registeredOn" | "renewsOn") =>
    form.register(name, { setValueAs: (v: string | null) => (v ? v : null) });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Registration</h2>
        </CardTitle>
        <CardDescription>
          The renewal date drives the warnings sent 30, 7 and 1 day before it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          aria-label="Registration details"
          onSubmit={(event) => void onSubmit(event)}
          className="grid gap-4"
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField label="Registrar or provider" error={errors.registrar?.message}>
              {(field) => (
                <Input {...field} placeholder="Registro.br" {...form.register("registrar")} />
              )}
            </FormField>
            <FormField label="Registered on" error={errors.registeredOn?.message}>
              {(field) => <Input {...field} type="date" {...dateField("registeredOn")} />}
            </FormField>
            <FormField label="Renews on" error={errors.renewsOn?.message}>
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
                  Renews automatically at the registrar
                </Label>
              </div>
            )}
          />
          <Controller
            control={form.control}
            name="nameservers"
            render={({ field: { onChange } }) => (
              <FormField
                label="Name servers"
                error={nsError}
                description="One per line, like ns1.provider.net. A check fills these in from DNS."
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
                label="Project"
                error={errors.projectId?.message}
                description="The project this domain belongs to, if any."
                className="sm:max-w-xs"
              >
                {(field) => <ProjectSelect value={value} onChange={onChange} field={field} />}
              </FormField>
            )}
          />
          <SubmitButton pending={isSubmitting} pendingLabel="Saving…" className="w-fit">
            Save registration
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}
