"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
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
      const message = applyServerErrors(form, error, FIELDS);
      if (message === null) return;
      const code = errorCode(error);
      setFormError(
        code === "TOO_MANY_REQUESTS"
          ? "Too many accounts were created from your network recently. Try again in an hour."
          : code === "SERVICE_UNAVAILABLE"
            ? "Sign-up is temporarily unavailable. Try again in a minute."
            : message,
      );
    }
  });

  if (signUp.isSuccess) {
    return (
      <CheckInbox>
        <p>
          We sent a link to{" "}
          <strong className="text-foreground">{signUp.data.verificationSentTo}</strong>. Open it to
          confirm the address, then sign in with your password.
        </p>
        <p className="text-sm">
          Nothing there after a few minutes? Check your spam folder. If this address already has an
          Arco account, the email says so instead.
        </p>
      </CheckInbox>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="name" {...form.register("name")} />}
      </FormField>
      <FormField label="Email" error={errors.email?.message}>
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
        label="Password"
        error={errors.password?.message}
        description={<PasswordStrengthMeter password={password} />}
      >
        {(field) => (
          <PasswordInput {...field} autoComplete="new-password" {...form.register("password")} />
        )}
      </FormField>
      <SubmitButton pending={isSubmitting} pendingLabel="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
    </form>
  );
}
