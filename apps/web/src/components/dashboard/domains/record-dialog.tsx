"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
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

/** What the value field asks for, per type. */
const valueHint: Record<DnsRecordType, { label: string; placeholder: string; hint: string }> = {
  A: { label: "IPv4 address", placeholder: "203.0.113.10", hint: "The server’s IPv4 address." },
  AAAA: { label: "IPv6 address", placeholder: "2001:db8::1", hint: "The server’s IPv6 address." },
  CNAME: {
    label: "Target host name",
    placeholder: "sites.provider.net",
    hint: "Another host name this name is an alias of.",
  },
  MX: { label: "Mail server", placeholder: "mx1.mail.net", hint: "The mail server’s host name." },
  TXT: {
    label: "Text",
    placeholder: "v=spf1 include:_spf.mail.net ~all",
    hint: 'Up to 255 characters per string; split longer values as "part one" "part two".',
  },
  NS: {
    label: "Name server",
    placeholder: "ns1.provider.net",
    hint: "A name server for this name.",
  },
  CAA: {
    label: "Flags, tag and value",
    placeholder: '0 issue "letsencrypt.org"',
    hint: "Which certificate authorities may issue for this domain: tag issue, issuewild or iodef.",
  },
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
  const hint = valueHint[type];

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (record) await update.mutateAsync({ id: record.id, ...values });
      else await create.mutateAsync({ domainId: domain.id, ...values });
      await queryClient.invalidateQueries(trpc.domains.byId.pathFilter());
      toast.success(record ? "DNS record saved." : "DNS record added.");
      onOpenChange(false);
      if (!record) form.reset();
    } catch (error) {
      setFormError(applyServerErrors(form, error, FIELDS));
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
      title={record ? "Edit DNS record" : "Add a DNS record"}
      description={
        <>
          Names are relative to {domain.name}: @ is {domain.name} itself, www is www.{domain.name}.
        </>
      }
      className="max-h-[90dvh] overflow-y-auto"
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
          <Controller
            control={form.control}
            name="type"
            render={({ field: { value, onChange } }) => (
              <FormField label="Type" error={errors.type?.message}>
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
                      {dnsRecordTypes.map((t) => (
                        <SelectItem key={t} value={t}>
                          {t}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              </FormField>
            )}
          />
          <FormField label="Name" error={errors.name?.message}>
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
        <FormField label={hint.label} error={errors.value?.message} description={hint.hint}>
          {(field) => (
            <Input
              {...field}
              autoCapitalize="none"
              spellCheck={false}
              placeholder={hint.placeholder}
              {...form.register("value")}
            />
          )}
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="TTL (seconds)" error={errors.ttl?.message} description="60 to 86400.">
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
              label="Priority"
              error={errors.priority?.message}
              description="Lower is tried first."
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
          <SubmitButton pending={isSubmitting} pendingLabel="Saving…">
            {record ? "Save record" : "Add record"}
          </SubmitButton>
        </DialogFooter>
      </form>
    </FormDialog>
  );
}
