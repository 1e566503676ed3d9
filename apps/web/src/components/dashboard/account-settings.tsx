"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";

import { PasswordStrengthMeter } from "~/components/auth/password-strength-meter";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { PasswordInput } from "~/components/password-input";
import { QueryError } from "~/components/query-error";
import { PreferencesCard } from "~/components/dashboard/preferences-card";
import { SignOutEverywhere } from "~/components/dashboard/sign-out-everywhere";
import { SubmitButton } from "~/components/submit-button";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Input } from "~/components/ui/input";
import { Skeleton } from "~/components/ui/skeleton";
import { applyServerErrors } from "~/lib/form-errors";
import { changePasswordSchema, profileSchema } from "~/lib/validation";
import type { ChangePasswordValues, ProfileValues } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

export function AccountSettings() {
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());

  if (me.isPending) return <Skeleton className="h-72 rounded-xl" />;
  if (me.isError) return <QueryError error={me.error} retry={() => void me.refetch()} />;

  return (
    <>
      <ProfileCard name={me.data.name ?? ""} />
      <EmailCard email={me.data.email} />
      <PasswordCard hasPassword={me.data.hasPassword} />
      <PreferencesCard />
      <SignOutEverywhere />
    </>
  );
}

function ProfileCard({ name }: { name: string }) {
  const t = useTranslations("dashboard.account.profile");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: { name },
  });
  const update = useMutation(trpc.me.updateProfile.mutationOptions());
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync(values);
      form.reset({ name: saved.name ?? "" });
      await queryClient.invalidateQueries(trpc.me.get.pathFilter());
      // The header's account menu is rendered by the server layout.
      router.refresh();
      toast.success(t("saved"));
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["name"], tErrors));
    }
  });

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
          onSubmit={(event) => void onSubmit(event)}
          className="grid max-w-md gap-4"
          aria-label={t("title")}
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <FormField label={t("name")} error={errors.name?.message}>
            {(field) => <Input {...field} autoComplete="name" {...form.register("name")} />}
          </FormField>
          <SubmitButton
            pending={isSubmitting}
            pendingLabel={t("saving")}
            disabled={!isDirty || isSubmitting}
            className="w-fit"
          >
            {t("save")}
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}

/** Every signed-in address is verified: password sign-in needs it, email links and OAuth prove it. */
function EmailCard({ email }: { email: string }) {
  const t = useTranslations("dashboard.account.email");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-3">
        <span className="font-medium break-all">{email}</span>
        <Badge variant="outline" className="gap-1 border-success/40 text-success">
          <CircleCheck aria-hidden />
          {t("verified")}
        </Badge>
      </CardContent>
    </Card>
  );
}

const PASSWORD_FIELDS = ["currentPassword", "newPassword"] as const;

function PasswordCard({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("dashboard.account.password");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const change = useMutation(trpc.me.changePassword.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const newPassword = useWatch({ control: form.control, name: "newPassword" });

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    if (hasPassword && !currentPassword) {
      form.setError("currentPassword", { message: t("currentRequired") }, { shouldFocus: true });
      return;
    }
    try {
      const { otherSessionsEnded } = await change.mutateAsync(
        hasPassword ? { currentPassword, newPassword } : { newPassword },
      );
      form.reset();
      await queryClient.invalidateQueries(trpc.me.get.pathFilter());
      const count = otherSessionsEnded;
      toast.success(
        hasPassword
          ? count > 0
            ? t("changedOthers", { count })
            : t("changed")
          : count > 0
            ? t("setOthers", { count })
            : t("set"),
      );
    } catch (error) {
      const message = applyServerErrors(form, error, PASSWORD_FIELDS, tErrors);
      if (message && /current password/i.test(message)) {
        form.setError("currentPassword", { message }, { shouldFocus: true });
      } else {
        setFormError(message);
      }
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{hasPassword ? t("changeTitle") : t("setTitle")}</h2>
        </CardTitle>
        <CardDescription>
          {hasPassword ? t("changeDescription") : t("setDescription")}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          className="grid max-w-md gap-4"
          aria-label={hasPassword ? t("changeTitle") : t("setTitle")}
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          {hasPassword ? (
            <FormField label={t("current")} error={errors.currentPassword?.message}>
              {(field) => (
                <PasswordInput
                  {...field}
                  autoComplete="current-password"
                  {...form.register("currentPassword")}
                />
              )}
            </FormField>
          ) : null}
          <FormField
            label={t("new")}
            error={errors.newPassword?.message}
            description={<PasswordStrengthMeter password={newPassword} />}
          >
            {(field) => (
              <PasswordInput
                {...field}
                autoComplete="new-password"
                {...form.register("newPassword")}
              />
            )}
          </FormField>
          <FormField label={t("confirm")} error={errors.confirmPassword?.message}>
            {(field) => (
              <PasswordInput
                {...field}
                autoComplete="new-password"
                {...form.register("confirmPassword")}
              />
            )}
          </FormField>
          <SubmitButton pending={isSubmitting} pendingLabel={t("saving")} className="w-fit">
            {hasPassword ? t("submitChange") : t("submitSet")}
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}
