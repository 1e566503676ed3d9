"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";

import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Input } from "~/components/ui/input";
import { applyServerErrors } from "~/lib/form-errors";
import { orgNameSchema } from "~/lib/validation";
import type { OrgNameValues } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

/**
 * Creates an organization and makes it the active one. Every cached query belonged to the
 * previous organization, so all of them are refetched and the server components re-render.
 */
export function CreateOrgForm({
  onCreated,
  submitLabel,
  autoFocus = false,
}: {
  onCreated?: () => void;
  /** Defaults to "Create organization". */
  submitLabel?: string;
  autoFocus?: boolean;
}) {
  const t = useTranslations("dashboard.createOrg");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OrgNameValues>({
    resolver: zodResolver(orgNameSchema),
    defaultValues: { name: "" },
  });
  const create = useMutation(trpc.orgs.create.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const org = await create.mutateAsync(values);
      await queryClient.invalidateQueries();
      toast.success(t("created", { name: org.name }));
      onCreated?.();
      router.push("/dashboard");
      router.refresh();
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["name"], tErrors));
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label={t("name")} error={errors.name?.message} description={t("nameHint")}>
        {(field) => (
          <Input
            {...field}
            autoComplete="organization"
            autoFocus={autoFocus}
            {...form.register("name")}
          />
        )}
      </FormField>
      <SubmitButton pending={isSubmitting} pendingLabel={t("pending")}>
        {submitLabel ?? t("submit")}
      </SubmitButton>
    </form>
  );
}
