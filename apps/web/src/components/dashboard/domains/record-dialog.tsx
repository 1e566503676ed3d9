"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { dnsRecordForm, dnsRecordTypes } from "@arco/api/schemas/domains";
import type { DnsRecordType } from "@arco/api/schemas/domains";

import type { RouterOutputs } from "@arco/api";

import { FormAlert } from "~/components/form-alert";
import { FormDialog } from "~/components/form-dialog";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { DialogFooter } from "~/components/ui/dialog";
import { Input } from "~/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

type Values = z.input<typeof dnsRecordForm>;
type Parsed = z.output<typeof dnsRecordForm>;

export type DnsRecordRow = RouterOutputs["domains"]["byId"]["records"][number];

/** An example value per type; the field's label and hint are `domains.recordDialog.value.*`. */
const valuePlaceholder: Record<DnsRecordType, string> = {
  A: "203.0.113.10",
  AAAA: "2001:db8::1",
  CNAME: "sites.provider.net",
  MX: "mx1.mail.net",
  TXT: "v=spf1 include:_spf.mail.net ~all",
  NS: "ns1.provider.net",
  CAA: '0 issue "letsencrypt.org"',
};

const FIELDS = ["type", "name", "value", "ttl", "priority"] as const;

export function RecordDialog({
  domain,
  record,
  open,
  onOpenChange,
}: {
  domain: { id: string; name: string };
  /** The record to edit; none to add one. */
  record?: DnsRecordRow;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("domains.recordDialog");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(dnsRecordForm),
    defaultValues: record
      ? {
          type: record.type,
          name: record.name,
          value: record.value,
          ttl: record.ttl,
          priority: record.priority,
        }
      : { type: "A", name: "@", value: "", ttl: 3600, priority: null },
  });
  const type = useWatch({ control: form.control, name: "type" });
  const create = useMutation(trpc.domains.records.create.mutationOptions());
  const update = useMutation(trpc.domains.records.update.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (record) await update.mutateAsync({ id: record.id, ...values });
      else await create.mutateAsync({ domainId: domain.id, ...values });
      await queryClient.invalidateQueries(trpc.domains.byId.pathFilter());
      toast.success(record ? t("saved") : t("added"));
      onOpenChange(false);
      if (!record) form.reset();
    } catch (error) {
      setFormError(applyServerErrors(form, error, FIELDS, tErrors));
    }
  });

  const numberField = (name: "ttl" | "priority") =>
    form.register(name, {
      setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)),
    });

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={record ? t("editTitle") : t("addTitle")}
      description={t("description", { domain: domain.name })}
      className="max-h-[90dvh] overflow-y-auto"
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
          <Controller
            control={form.control}
            name="type"
            render={({ field: { value, onChange } }) => (
              <FormField label={t("type")} error={errors.type?.message}>
                {(field) => (
                  <Select
                    value={value}
                    onValueChange={(next) => {
                      onChange(next);
                      if (next !== "MX") form.setValue("priority", null);
                      form.clearErrors();
                    }}
                  >
                    <SelectTrigger {...field} className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {dnsRecordTypes.map((recordType) => (
                        <SelectItem key={recordType} value={recordType}>
                          {recordType}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              </FormField>
            )}
          />
          <FormField label={t("name")} error={errors.name?.message}>
            {(field) => (
              <Input
                {...field}
                autoCapitalize="none"
                spellCheck={false}
                placeholder="@"
                {...form.register("name")}
              />
            )}
          </FormField>
        </div>
        <FormField
          label={t(`value.${type}.label`)}
          error={errors.value?.message}
          description={t(`value.${type}.hint`)}
        >
          {(field) => (
            <Input
              {...field}
              autoCapitalize="none"
              spellCheck={false}
              placeholder={valuePlaceholder[type]}
              {...form.register("value")}
            />
          )}
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("ttl")} error={errors.ttl?.message} description={t("ttlHint")}>
            {(field) => (
              <Input
                {...field}
                type="number"
                inputMode="numeric"
                min={60}
                max={86400}
                {...numberField("ttl")}
              />
            )}
          </FormField>
          {type === "MX" ? (
            <FormField
              label={t("priority")}
              error={errors.priority?.message}
              description={t("priorityHint")}
            >
              {(field) => (
                <Input
                  {...field}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={65535}
                  {...numberField("priority")}
                />
              )}
            </FormField>
          ) : null}
        </div>
        <DialogFooter>
          <SubmitButton pending={isSubmitting} pendingLabel={t("pending")}>
            {record ? t("save") : t("add")}
          </SubmitButton>
        </DialogFooter>
      </form>
    </FormDialog>
  );
}
