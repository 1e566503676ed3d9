"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";

import { passwordSchema } from "@arco/api/schemas";

import { PasswordStrengthMeter } from "~/components/auth/password-strength-meter";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { Outcome } from "~/components/outcome";
import { PasswordInput } from "~/components/password-input";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { applyServerErrors } from "~/lib/form-errors";
import { errorCode } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** Sets a new password from the emailed link; afterwards every session has ended. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordReset.reset");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [expired, setExpired] = useState(token === "");
  const schema = z
    .object({ password: passwordSchema, confirmPassword: z.string() })
    .refine((v) => v.password === v.confirmPassword, {
      path: ["confirmPassword"],
      message: t("mismatch"),
    });
  const form = useForm<z.input<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { password: "", confirmPassword: "" },
  });
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const password = useWatch({ control: form.control, name: "password" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await reset.mutateAsync({ token, password });
    } catch (error) {
      // A password the server refused lands on its field; any other refusal is the link's.
      const message = applyServerErrors(form, error, ["password"], tErrors);
      if (message === null) return;
      if (errorCode(error) === "BAD_REQUEST") setExpired(true);
      else setFormError(message);
    }
  });

  if (expired) {
    return (
      <Outcome
        icon={<CircleX aria-hidden className="size-6" />}
        tone="error"
        title={t("expiredTitle")}
      >
        <p>{t("expired")}</p>
        <Button asChild>
          <Link href="/forgot-password">{t("askAgain")}</Link>
        </Button>
      </Outcome>
    );
  }

  if (reset.isSuccess) {
    return (
      <Outcome
        icon={<CircleCheck aria-hidden className="size-6" />}
        tone="success"
        title={t("doneTitle")}
      >
        <p>{t("done")}</p>
        <Button asChild>
          <Link href={`/sign-in?${new URLSearchParams({ email: reset.data.email })}`}>
            {t("signIn")}
          </Link>
        </Button>
      </Outcome>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField
        label={t("password")}
        error={errors.password?.message}
        description={<PasswordStrengthMeter password={password} />}
      >
        {(field) => (
          <PasswordInput {...field} autoComplete="new-password" {...form.register("password")} />
        )}
      </FormField>
      <FormField label={t("confirmPassword")} error={errors.confirmPassword?.message}>
        {(field) => (
          <PasswordInput
            {...field}
            autoComplete="new-password"
            {...form.register("confirmPassword")}
          />
        )}
      </FormField>
      <SubmitButton pending={isSubmitting} pendingLabel={t("saving")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
