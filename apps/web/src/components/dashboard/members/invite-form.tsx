"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";

import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Input } from "~/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { applyServerErrors } from "~/lib/form-errors";
import { inviteRoles, inviteSchema } from "~/lib/validation";
import type { InviteValues } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

export function InviteForm({ full, orgName }: { full: boolean; orgName: string }) {
  const t = useTranslations("dashboard.members.invite");
  const tRoles = useTranslations("common.roles");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: "", role: "member" },
  });
  const create = useMutation(trpc.invitations.create.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const invitation = await create.mutateAsync(values);
      await Promise.all([
        queryClient.invalidateQueries(trpc.invitations.list.pathFilter()),
        queryClient.invalidateQueries(trpc.orgs.current.pathFilter()),
      ]);
      form.reset({ email: "", role: values.role });
      toast.success(t("sent", { email: invitation.email }));
    } catch (error) {
      setFormError(
        applyServerErrors(form, error, ["email", "role"], tErrors, { conflict: "email" }),
      );
    }
  });

  return (
    <Card id="invite">
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description", { org: orgName })}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          className="grid gap-4"
          aria-label={t("formLabel")}
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <div className="grid gap-4 sm:grid-cols-[1fr_11rem_auto] sm:items-start">
            <FormField label={t("email")} error={errors.email?.message}>
              {(field) => (
                <Input
                  {...field}
                  type="email"
                  autoComplete="off"
                  inputMode="email"
                  placeholder={t("emailPlaceholder")}
                  disabled={full}
                  {...form.register("email")}
                />
              )}
            </FormField>
            <Controller
              control={form.control}
              name="role"
              render={({ field: { value, onChange } }) => (
                <FormField label={t("role")} error={errors.role?.message}>
                  {(field) => (
                    <Select value={value} onValueChange={onChange} disabled={full}>
                      <SelectTrigger {...field} className="w-full">
                        <SelectValue />
                      </SelectTrigger>
                      <SelectContent>
                        {inviteRoles.map((role) => (
                          <SelectItem key={role} value={role}>
                            {tRoles(role)}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  )}
                </FormField>
              )}
            />
            <SubmitButton
              pending={isSubmitting}
              pendingLabel={t("sending")}
              disabled={full || isSubmitting}
              className="sm:mt-[1.375rem]"
            >
              <UserPlus aria-hidden />
              {t("send")}
            </SubmitButton>
          </div>
          <RoleHint control={form.control} />
        </form>
      </CardContent>
    </Card>
  );
}

function RoleHint({ control }: { control: ReturnType<typeof useForm<InviteValues>>["control"] }) {
  const t = useTranslations("common");
  return (
    <Controller
      control={control}
      name="role"
      render={({ field: { value } }) => (
        <p className="text-sm text-muted-foreground">
          <span className="font-medium text-foreground">{t(`roles.${value}`)}:</span>{" "}
          {t(`roleDescriptions.${value}`)}
        </p>
      )}
    />
  );
}
