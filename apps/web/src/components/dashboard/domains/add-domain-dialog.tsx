"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { createDomainInput } from "@arco/api/schemas/domains";

import { FormAlert } from "~/components/form-alert";
import { FormDialog } from "~/components/form-dialog";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { DialogFooter } from "~/components/ui/dialog";
import { Input } from "~/components/ui/input";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

import { ProjectSelect } from "./project-select";

type Values = z.input<typeof createDomainInput>;
type Parsed = z.output<typeof createDomainInput>;

export function AddDomainDialog({ disabled = false }: { disabled?: boolean }) {
  const t = useTranslations("domains.add");
  const tProject = useTranslations("domains.project");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(createDomainInput),
    defaultValues: { name: "", projectId: null },
  });
  const create = useMutation(trpc.domains.create.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const domain = await create.mutateAsync(values);
      await queryClient.invalidateQueries(trpc.domains.pathFilter());
      toast.success(t("added", { name: domain.name }));
      setOpen(false);
      form.reset();
      router.push(`/dashboard/domains/${domain.id}`);
    } catch (error) {
      setFormError(
        applyServerErrors(form, error, ["name", "projectId"], tErrors, { conflict: "name" }),
      );
    }
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFormError(null);
      }}
      trigger={
        <Button type="button" disabled={disabled}>
          <Plus aria-hidden />
          {t("trigger")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <FormField label={t("name")} error={errors.name?.message}>
          {(field) => (
            <Input
              {...field}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              placeholder={t("placeholder")}
              {...form.register("name")}
            />
          )}
        </FormField>
        <Controller
          control={form.control}
          name="projectId"
          render={({ field: { value, onChange } }) => (
            <FormField label={tProject("label")} error={errors.projectId?.message}>
              {(field) => <ProjectSelect value={value} onChange={onChange} field={field} />}
            </FormField>
          )}
        />
        <DialogFooter>
          <SubmitButton pending={isSubmitting} pendingLabel={t("pending")}>
            {t("submit")}
          </SubmitButton>
        </DialogFooter>
      </form>
    </FormDialog>
  );
}
