"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { CheckInbox } from "~/components/auth/check-inbox";
import { PasswordStrengthMeter } from "~/components/auth/password-strength-meter";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { PasswordInput } from "~/components/password-input";
import { SubmitButton } from "~/components/submit-button";
import { Input } from "~/components/ui/input";
import { applyServerErrors } from "~/lib/form-errors";
import { errorCode } from "~/lib/trpc-errors";
import { signUpSchema } from "~/lib/validation";
import type { SignUpValues } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["name", "email", "password"] as const;

export function SignUpForm({
  callbackUrl,
  defaultEmail,
}: {
  callbackUrl: string;
  defaultEmail?: string;
}) {
  const t = useTranslations("auth.signUpForm");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [formError, setFormError] = useState<React.ReactNode>(null);
  const form = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: defaultEmail ?? "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const password = useWatch({ control: form.control, name: "password" });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      // The verification link comes back to where the visitor was going (an invitation, say).
      await signUp.mutateAsync({ ...values, returnTo: callbackUrl });
    } catch (error) {
      const message = applyServerErrors(form, error, FIELDS, tErrors);
      if (message === null) return;
      const code = errorCode(error);
      setFormError(
        code === "TOO_MANY_REQUESTS"
          ? t("errors.tooManyRequests")
          : code === "SERVICE_UNAVAILABLE"
            ? t("errors.unavailable")
            : message,
      );
    }
  });

  if (signUp.isSuccess) {
    return (
      <CheckInbox>
        <p>
          {t.rich("sent", {
            email: signUp.data.verificationSentTo,
            strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
          })}
        </p>
        <p className="text-sm">{t("sentHelp")}</p>
      </CheckInbox>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label={t("name")} error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="name" {...form.register("name")} />}
      </FormField>
      <FormField label={t("email")} error={errors.email?.message}>
        {(field) => (
          <Input
            {...field}
            type="email"
            autoComplete="email"
            inputMode="email"
            {...form.register("email")}
          />
        )}
      </FormField>
      <FormField
        label={t("password")}
        error={errors.password?.message}
        description={<PasswordStrengthMeter password={password} />}
      >
        {(field) => (
          <PasswordInput {...field} autoComplete="new-password" {...form.register("password")} />
        )}
      </FormField>
      <SubmitButton pending={isSubmitting} pendingLabel={t("pending")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
