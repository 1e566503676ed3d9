"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { requestPasswordResetInput } from "@arco/api/schemas";

import { CheckInbox } from "~/components/auth/check-inbox";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/input";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

type Values = z.input<typeof requestPasswordResetInput>;

/** "Forgot password": asks for the address, then says a link is on its way (whoever asks). */
export function ForgotPasswordForm({ email }: { email: string }) {
  const t = useTranslations("passwordReset.request");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(requestPasswordResetInput),
    defaultValues: { email },
  });
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await request.mutateAsync(values);
      setSentTo(values.email.trim());
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["email"], tErrors));
    }
  });

  if (sentTo) {
    return (
      <CheckInbox
        action={
          <Button asChild variant="outline">
            <Link href="/sign-in">{t("backToSignIn")}</Link>
          </Button>
        }
      >
        <p>
          {t.rich("sent", {
            email: sentTo,
            strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
          })}
        </p>
        <p>{t("sentHint")}</p>
      </CheckInbox>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label={t("email")} error={errors.email?.message}>
        {(field) => (
          <Input {...field} type="email" autoComplete="email" {...form.register("email")} />
        )}
      </FormField>
      <SubmitButton pending={isSubmitting} pendingLabel={t("sending")}>
        {t("submit")}
      </SubmitButton>
      <Button asChild variant="link" className="justify-self-center">
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </Button>
    </form>
  );
}
