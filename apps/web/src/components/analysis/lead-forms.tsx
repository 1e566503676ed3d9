"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { CircleCheck, Mail, UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { UseFormReturn } from "react-hook-form";

import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Checkbox } from "~/components/ui/checkbox";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import { signUpHref } from "~/lib/callback-url";
import { applyServerErrors } from "~/lib/form-errors";
import { leadSchema } from "~/lib/validation";
import type { LeadValues } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

function useLeadForm(defaultEmail: string | null) {
  return useForm<LeadValues>({
    resolver: zodResolver(leadSchema),
    // Consent is opt-in: never ticked for the person.
    defaultValues: { email: defaultEmail ?? "", consent: false },
  });
}

function LeadFields({ form }: { form: UseFormReturn<LeadValues> }) {
  const t = useTranslations("marketing.leadForms");
  const consentId = useId();
  const { errors } = form.formState;
  return (
    <>
      <FormField label={t("email")} error={errors.email?.message}>
        {(field) => (
          <Input
            {...field}
            type="email"
            autoComplete="email"
            inputMode="email"
            placeholder={t("emailPlaceholder")}
            {...form.register("email")}
          />
        )}
      </FormField>
      <Controller
        control={form.control}
        name="consent"
        render={({ field: { value, onChange, ref } }) => (
          <div className="flex items-start gap-3">
            <Checkbox
              id={consentId}
              ref={ref}
              checked={value}
              onCheckedChange={(checked) => onChange(checked === true)}
              className="mt-0.5"
            />
            <Label htmlFor={consentId} className="leading-snug font-normal">
              {t("consent")}
            </Label>
          </div>
        )}
      />
    </>
  );
}

/** "Email me this report": sends the report, and the tips only with the box ticked. */
export function EmailReportForm({
  analysisId,
  defaultEmail,
}: {
  analysisId: string;
  defaultEmail: string | null;
}) {
  const t = useTranslations("marketing.leadForms.emailReport");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const capture = useMutation(trpc.leads.capture.mutationOptions());
  const form = useLeadForm(defaultEmail);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ email: string; emailed: boolean } | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { emailed } = await capture.mutateAsync({
        email: values.email,
        consent: values.consent,
        source: "report-email",
        analysisId,
      });
      setSent({ email: values.email.trim(), emailed });
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["email"], tErrors));
    }
  });

  if (sent) {
    return (
      <div role="status" className="grid justify-items-start gap-3">
        <p className="flex items-start gap-2">
          <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-success" />
          <span>
            {t.rich(sent.emailed ? "sent" : "alreadySent", {
              email: sent.email,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </span>
        </p>
      </div>
    );
  }

  return (
    <form
      noValidate
      aria-label={t("label")}
      onSubmit={(event) => void onSubmit(event)}
      className="grid gap-4"
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <LeadFields form={form} />
      <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("pending")}>
        <Mail aria-hidden />
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/**
 * "Sign up to save your history", for visitors without an account: records the lead, then
 * opens sign-up with the address filled in. Afterwards the page is analyzed again under the new
 * account, so the report starts their history.
 */
export function SignUpPromptForm({ analysisId, url }: { analysisId: string; url: string }) {
  const t = useTranslations("marketing.leadForms.signUp");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const router = useRouter();
  const capture = useMutation(trpc.leads.capture.mutationOptions());
  const form = useLeadForm(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await capture.mutateAsync({
        email: values.email,
        consent: values.consent,
        source: "sign-up-prompt",
        analysisId,
      });
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["email"], tErrors));
      return;
    }
    setLeaving(true);
    router.push(
      signUpHref(`/analyze?${new URLSearchParams({ url })}`, { email: values.email.trim() }),
    );
  });

  return (
    <form
      noValidate
      aria-label={t("label")}
      onSubmit={(event) => void onSubmit(event)}
      className="grid gap-4"
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <LeadFields form={form} />
      <SubmitButton
        pending={form.formState.isSubmitting || leaving}
        pendingLabel={leaving ? t("opening") : t("saving")}
        className="w-full sm:w-fit"
      >
        <UserPlus aria-hidden />
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
