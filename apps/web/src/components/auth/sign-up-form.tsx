"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { PasswordStrengthMeter } from "~/components/auth/password-strength-meter";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { PasswordInput } from "~/components/password-input";
import { SubmitButton } from "~/components/submit-button";
import { Input } from "~/components/ui/input";
import { withCallbackUrl } from "~/lib/callback-url";
import { errorCode, errorMessage, fieldErrors } from "~/lib/trpc-errors";
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
  const router = useRouter();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [formError, setFormError] = useState<React.ReactNode>(null);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: defaultEmail ?? "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const password = useWatch({ control: form.control, name: "password" });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await signUp.mutateAsync(values);
    } catch (error) {
      const code = errorCode(error);
      if (code === "CONFLICT") {
        form.setError(
          "email",
          { message: "An account with this email already exists. Sign in instead." },
          { shouldFocus: true },
        );
        return;
      }
      const byField = fieldErrors(error);
      const invalid = FIELDS.filter((f) => byField[f]?.length);
      if (invalid.length > 0) {
        invalid.forEach((f, i) =>
          form.setError(f, { message: byField[f]![0] }, { shouldFocus: i === 0 }),
        );
        return;
      }
      setFormError(
        code === "TOO_MANY_REQUESTS"
          ? "Too many accounts were created from your network recently. Try again in an hour."
          : code === "SERVICE_UNAVAILABLE"
            ? "Sign-up is temporarily unavailable. Try again in a minute."
            : errorMessage(error),
      );
      return;
    }

    const result = await signIn("credentials", {
      email: values.email,
      password: values.password,
      redirect: false,
      redirectTo: callbackUrl,
    }).catch(() => null);
    if (!result || result.error) {
      setFormError(
        <>
          Your account is ready, but we couldn’t sign you in automatically.{" "}
          <Link href={withCallbackUrl("/sign-in", callbackUrl)} className="underline">
            Sign in
          </Link>{" "}
          to continue.
        </>,
      );
      return;
    }
    setRedirecting(true);
    router.replace(callbackUrl as Route);
    router.refresh();
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="name" {...form.register("name")} />}
      </FormField>
      <FormField
        label="Email"
        error={errors.email?.message}
        labelAction={
          errors.email?.message?.includes("already exists") ? (
            <Link
              href={withCallbackUrl("/sign-in", callbackUrl)}
              className="text-sm font-medium text-primary underline-offset-4 hover:underline"
            >
              Sign in
            </Link>
          ) : undefined
        }
      >
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
      <SubmitButton
        pending={isSubmitting || redirecting}
        pendingLabel={redirecting ? "Opening your dashboard…" : "Creating your account…"}
        className="w-full"
      >
        Create account
      </SubmitButton>
    </form>
  );
}
